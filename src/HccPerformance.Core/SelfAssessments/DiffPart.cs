namespace HccPerformance.Core.SelfAssessments;

public sealed record DiffPart(DiffKind Kind, string Text);
