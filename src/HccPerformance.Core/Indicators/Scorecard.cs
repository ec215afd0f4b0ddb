using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// A named set of indicators with an importance (weight) each (seed 4.14, footnote 10): LAA, NIS, value for money,
/// community intelligence, Aalborg, local PIs, and whatever others the Performance Team makes. An indicator can sit on
/// several. A scorecard is retired, never deleted: issued reports and anyone's bookmarks still read it.
/// </summary>
public class Scorecard : AuditableEntity
{
    private readonly List<ScorecardMember> members = [];

    private Scorecard() { }

    public Scorecard(string name, string description, ScorecardKind kind, decimal weight, bool onDashboard, decimal defaultTolerancePercent)
    {
        Describe(name, description, kind, weight, onDashboard);
        DefaultTolerancePercent = defaultTolerancePercent;
    }

    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>What it measures (seed 4.14): the dashboard gives every scorecard on it a box of its kind.</summary>
    public ScorecardKind Kind { get; private set; } = ScorecardKind.Other;

    /// <summary>The scorecard's importance on the Corporate Dashboard: larger comes first and shows bigger.</summary>
    public decimal Weight { get; private set; }

    /// <summary>Whether the Corporate Dashboard shows it (a retired scorecard never shows, whatever this says).</summary>
    public bool OnDashboard { get; private set; }

    /// <summary>The day it was retired: read only from then, off the dashboard, and its name free for a new scorecard.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public bool IsRetired => RetiredOn is not null;

    /// <summary>The amber tolerance of its indicators unless an indicator sets its own.</summary>
    public decimal DefaultTolerancePercent { get; private set; }

    public IReadOnlyList<ScorecardMember> Members => members;

    /// <summary>Names it, says what it holds and measures, how much it weighs and whether the dashboard shows it.</summary>
    public void Describe(string name, string description, ScorecardKind kind, decimal weight, bool onDashboard)
    {
        RequireLive();
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Enter the scorecard's name, like Value for money: waste", nameof(Name)) : name.Trim();
        if (Name.Length > ScorecardLimits.Name)
        {
            throw new DomainException($"Keep the name to {ScorecardLimits.Name} characters or fewer", nameof(Name));
        }

        Description = description?.Trim() ?? "";
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainException("Choose what kind of scorecard it is", nameof(Kind));
        Weight = CheckedWeight(weight);
        OnDashboard = onDashboard;
    }

    public void Configure(decimal weight, decimal defaultTolerancePercent)
    {
        RequireLive();
        if (defaultTolerancePercent is < 0 or > 100)
        {
            throw new DomainException("The amber tolerance is a percentage of the target, from 0 to 100", nameof(DefaultTolerancePercent));
        }

        Weight = CheckedWeight(weight);
        DefaultTolerancePercent = defaultTolerancePercent;
    }

    /// <summary>Takes it off the dashboard for good and frees its name; its indicators, results and history stay readable.</summary>
    public void Retire(DateOnly on)
    {
        RequireLive();
        RetiredOn = on;
    }

    /// <summary>Takes an indicator off the scorecard; its results and other scorecards are untouched.</summary>
    public void Remove(int indicatorId)
    {
        RequireLive();
        members.RemoveAll(m => m.IndicatorId == indicatorId);
    }

    /// <summary>Puts an indicator on the scorecard, or changes its weight there.</summary>
    public void Add(int indicatorId, decimal weight)
    {
        RequireLive();
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

    private static decimal CheckedWeight(decimal weight) =>
        weight is > ScorecardLimits.WeightAbove and <= ScorecardLimits.MaxWeight ? weight : throw new DomainException(ScorecardLimits.WeightRange, nameof(Weight));

    private void RequireLive()
    {
        if (RetiredOn is { } on)
        {
            throw new DomainException($"This scorecard was retired on {on.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}: it can be read but not changed.");
        }
    }
}
