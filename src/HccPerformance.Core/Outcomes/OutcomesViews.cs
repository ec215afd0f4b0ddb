namespace HccPerformance.Core.Outcomes;

public sealed record CaseStudyFilter(int? DepartmentId = null, int? ReportingPeriodId = null);

public sealed record CaseStudyRow(int Id, string Title, int DepartmentId, string Department, int ReportingPeriodId, string Period, string Outcome)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

public sealed record CaseStudyView(
    int Id, string Title, int DepartmentId, string Department, int ReportingPeriodId, string Period, string Outcome, string Narrative,
    string CreatedBy, DateTime CreatedUtc, string? ModifiedBy, DateTime? ModifiedUtc, Guid Version);

/// <summary>One commitment's score for a year, beside the previous year's.</summary>
public sealed record AalborgRow(int Commitment, string Name, decimal? Score, decimal? Previous, string? Note)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }

    public decimal? Change => Score is { } s && Previous is { } p ? s - p : null;
}

/// <summary>
/// A year's Aalborg scorecard: the ten commitments' scores out of 4, the overall score (their mean, to two decimals) and the
/// change from the previous year. <see cref="Year"/> is null when nothing is scored yet.
/// </summary>
public sealed record AalborgView(int? Year, IReadOnlyList<int> Years, IReadOnlyList<AalborgRow> Rows, decimal? Overall, decimal? PreviousOverall)
{
    public bool IsScored => Rows.Any(r => r.Score is not null);

    public decimal? OverallChange => Overall is { } o && PreviousOverall is { } p ? o - p : null;
}

/// <summary>The Aalborg form's starting point for a year: what is held now, with versions.</summary>
public sealed record AalborgYearForm(int Year, bool IsNew, AalborgInput Input);
