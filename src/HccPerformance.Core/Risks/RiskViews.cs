using HccPerformance.Core.Common;
using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.Core.Risks;

// What the corporate risk register's pages read.

public sealed record RiskFilter(int? DepartmentId = null, bool StrategicOnly = false, bool IncludeClosed = false);

public sealed record RiskRow(int Id, string Reference, string Title, string Owner, string? Department, bool IsStrategic,
    int Likelihood, int Impact, RiskTrend Trend, DateOnly ReviewedOn, DateOnly? ClosedOn)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }

    public int Score => Likelihood * Impact;
    public Rag Band => Risk.Band(Score);
    public bool IsOpen => ClosedOn is null;
}

/// <summary>The 5x5 matrix of open risks: how many sit at each likelihood and impact.</summary>
public sealed record HeatMap(IReadOnlyDictionary<(int Likelihood, int Impact), int> Counts)
{
    public int CountAt(int likelihood, int impact) => Counts.GetValueOrDefault((likelihood, impact));

    /// <summary>How many of a cell's risks are demo records, so the map marks invented risks as the list does (issue 17).</summary>
    public IReadOnlyDictionary<(int Likelihood, int Impact), int> DemoCounts { get; init; } = new Dictionary<(int, int), int>();

    public int DemoAt(int likelihood, int impact) => DemoCounts.GetValueOrDefault((likelihood, impact));

    public int DemoTotal => DemoCounts.Values.Sum();

    public int Total => Counts.Values.Sum();

    public int CountIn(Rag band) => Counts.Where(c => Risk.Band(c.Key.Likelihood * c.Key.Impact) == band).Sum(c => c.Value);
}

public sealed record RegisterView(IReadOnlyList<RiskRow> Risks, HeatMap HeatMap, RiskFilter Filter, string? Department);

public sealed record ReviewRow(int Likelihood, int Impact, DateOnly ReviewedOn, string? Note, string ReviewedBy)
{
    public int Score => Likelihood * Impact;
    public Rag Band => Risk.Band(Score);
}

public sealed record RiskView(
    int Id, string Reference, string Title, string? Description, string Owner, int? DepartmentId, string? Department, bool IsStrategic,
    int Likelihood, int Impact, RiskTrend Trend, DateOnly ReviewedOn, string Controls, DateOnly? ClosedOn, string? ClosedReason,
    IReadOnlyList<ReviewRow> Reviews, IReadOnlyList<LinkedItem> LinkedItems, Guid Version)
{
    public int Score => Likelihood * Impact;
    public Rag Band => Risk.Band(Score);
    public bool IsOpen => ClosedOn is null;
}
