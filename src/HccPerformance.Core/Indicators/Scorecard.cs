using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// A named set of indicators with an importance (weight) each (seed 4.14, footnote 10): LAA, NIS, Value for Money,
/// Community Intelligence, Aalborg, Local PIs. An indicator can sit on several.
/// </summary>
public class Scorecard : AuditableEntity
{
    private readonly List<ScorecardMember> members = [];

    private Scorecard() { }

    public Scorecard(string name, string description, decimal weight, decimal defaultTolerancePercent)
    {
        Name = name;
        Description = description;
        Weight = weight;
        DefaultTolerancePercent = defaultTolerancePercent;
    }

    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>The scorecard's importance on the Corporate Dashboard: larger comes first and shows bigger.</summary>
    public decimal Weight { get; private set; }

    /// <summary>The amber tolerance of its indicators unless an indicator sets its own.</summary>
    public decimal DefaultTolerancePercent { get; private set; }

    public IReadOnlyList<ScorecardMember> Members => members;

    public void Configure(decimal weight, decimal defaultTolerancePercent)
    {
        if (weight <= 0)
        {
            throw new DomainException("The weight must be more than 0", nameof(Weight));
        }

        if (defaultTolerancePercent is < 0 or > 100)
        {
            throw new DomainException("The amber tolerance is a percentage of the target, from 0 to 100", nameof(DefaultTolerancePercent));
        }

        Weight = weight;
        DefaultTolerancePercent = defaultTolerancePercent;
    }

    /// <summary>Takes an indicator off the scorecard; its results and other scorecards are untouched.</summary>
    public void Remove(int indicatorId) => members.RemoveAll(m => m.IndicatorId == indicatorId);

    /// <summary>Puts an indicator on the scorecard, or changes its weight there.</summary>
    public void Add(int indicatorId, decimal weight)
    {
        if (weight <= 0)
        {
            throw new DomainException("An indicator's weight on a scorecard must be more than 0", nameof(ScorecardMember.Weight));
        }

        if (members.Find(m => m.IndicatorId == indicatorId) is { } member)
        {
            member.Weight = weight;
        }
        else
        {
            members.Add(new ScorecardMember(indicatorId, weight));
        }
    }
}
