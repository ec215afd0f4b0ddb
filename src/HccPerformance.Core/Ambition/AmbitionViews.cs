using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Indicators;

namespace HccPerformance.Core.Ambition;

/// <summary>An indicator or plan area that ambition is set for, as pages name and link it.</summary>
public sealed record AmbitionSubjectView(AmbitionSubject Subject, int Id, string Name, string? Unit, Polarity? Polarity,
    IReadOnlyList<int> DepartmentIds, string? Department)
{
    /// <summary>The officers' page of the indicator or plan area (everyone signed in reads both).</summary>
    public string Link => Subject == AmbitionSubject.Indicator ? $"/indicators/{Id}" : $"/plan/areas/{Id}";

    /// <summary>This subject's ambition page.</summary>
    public string AmbitionLink => Subject == AmbitionSubject.Indicator ? $"/ambition/indicators/{Id}" : $"/ambition/plan-areas/{Id}";
}

/// <summary>One ambition as set.</summary>
public sealed record AmbitionRow(int Id, AmbitionKind Kind, string Position, Quartile? Quartile, decimal? Figure, int ForYear,
    DateOnly SetOn, string SetById, string SetBy, Guid Version, bool IsDemo = false)
{
    public AmbitionLevel Level => new(ForYear, Quartile, Figure);

    public string LevelWords(string? unit) => AmbitionWords.Level(Quartile, Figure, unit, ForYear);
}

/// <summary>One thing CPEG asked for.</summary>
public sealed record AmbitionRequestRow(string Text, string By, DateTime RecordedUtc, bool IsDemo = false);

/// <summary>An indicator or plan area's ambition page: the current ambition, the earlier ones, what CPEG asked, and who may act.</summary>
public sealed record AmbitionPage(AmbitionSubjectView Subject, AmbitionRow? Current, IReadOnlyList<AmbitionRow> Earlier,
    IReadOnlyList<AmbitionRequestRow> Requests, bool MaySet, AmbitionKind? WouldSetAs, bool MayRecordRequest, IReadOnlyList<int> Years,
    ReviewRow? Standing);

/// <summary>A row of the members' list: something ambition can be set for, with its current ambition.</summary>
public sealed record AmbitionListRow(AmbitionSubjectView Subject, string? Code, AmbitionRow? Current, bool MaySet);

public sealed record AmbitionList(string? Search, IReadOnlyList<AmbitionListRow> Indicators, IReadOnlyList<AmbitionListRow> Areas, bool SetsAny);

/// <summary>
/// One target on CPEG's ambition view: the target for the year beside last year's result, the comparators' quartiles and the
/// recorded ambition, with its flags (<see cref="AmbitionFlags"/>) and the latest thing CPEG asked.
/// </summary>
public sealed record ReviewRow(int IndicatorId, string Code, string Title, string? Department, string? Unit, Polarity? Polarity,
    int Year, decimal Target, bool IsStretch, decimal? LastYear, string? LastYearPeriod, int? BenchmarkYear, int Comparators,
    AmbitionRow? Ambition, AmbitionCheck Check, AmbitionRequestRow? LatestRequest);

/// <summary>A plan area with a recorded ambition, on CPEG's ambition view.</summary>
public sealed record ReviewAreaRow(int AreaId, string Name, string? Department, AmbitionRow Ambition, AmbitionRequestRow? LatestRequest);

public sealed record AmbitionReview(int? Year, IReadOnlyList<int> Years, bool FlaggedOnly, IReadOnlyList<ReviewRow> Rows, int Total, int Flagged,
    IReadOnlyList<ReviewAreaRow> Areas);

/// <summary>An ambition the member set, and whether the target now falls short of it.</summary>
public sealed record MyAmbition(AmbitionSubjectView Subject, AmbitionRow Ambition, ReviewRow? Standing);
