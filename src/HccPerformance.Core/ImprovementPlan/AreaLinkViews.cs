namespace HccPerformance.Core.ImprovementPlan;

/// <summary>A record an area can be proposed from, read as it stands now, with the words suggested for the new area.</summary>
public sealed record OriginSource(AreaOriginKind Kind, int? SourceId, string Title, string? Link, int? DepartmentId, string SuggestedShortName,
    string SuggestedDescription);

public sealed record OriginRow(AreaOriginKind Kind, string Title, string? Link, string? Reason, string RecordedBy, DateTime RecordedUtc);

public sealed record ServicePlanRow(int Id, int DepartmentId, string Department, string Name, string Reference, string? Url, string AddedBy,
    DateTime AddedUtc, bool CanRemove);

public sealed record ImpactAssessmentView(string ExpectedImpact, string OnWhom, string EqualityConsiderations, string HowMeasured,
    string ChangedBy, DateTime ChangedUtc, Guid Version);

/// <summary>Where an area came from, its impact assessment and the service plans that carry it, for the area's page.</summary>
public sealed record AreaLinksView(int AreaId, string AreaName, bool PlanIsCurrent, bool IsRetired, IReadOnlyList<OriginRow> Origins,
    ImpactAssessmentView? ImpactAssessment, IReadOnlyList<ServicePlanRow> ServicePlans, bool CanAssessImpact, bool CanRecordServicePlans,
    IReadOnlyList<(int Id, string Name)> DepartmentsToRecordFor);

/// <summary>An area a source record is in ("In the improvement plan: ...").</summary>
public sealed record AreaFromSource(int AreaId, string ShortName, string PlanTitle, bool IsRetired);

/// <summary>A department's service plan links, by the area each carries.</summary>
public sealed record DepartmentServicePlans(int AreaId, string AreaName, IReadOnlyList<ServicePlanRow> ServicePlans);

/// <summary>The add-area form filled from a source: the plan it goes into, its themes and the suggested words.</summary>
/// <summary>The propose-an-area form: into a draft plan's year, or (<paramref name="ToCmt"/>) as a change to the live plan that waits for CMT.</summary>
public sealed record ProposalView(int PlanId, string PlanTitle, IReadOnlyList<(int Number, string Name)> Themes, OriginSource? Source, int TermId = 0, bool ToCmt = false,
    bool PlanIsDemo = false);
