namespace HccPerformance.Core.ImprovementPlan;

/// <summary>Where a new area proposed to CMT came from, read from the record when it was proposed (<see cref="AreaOriginSources"/>).</summary>
public sealed record ProposedOrigin(AreaOriginKind Kind, int? SourceId, string Title, string? Reason);
