using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.Core.Reports;

/// <summary>One item of an assessment with the Head of Improvement's comments on it.</summary>
public sealed record ItemForReport(int ItemId, ItemSection Section, string Text, IReadOnlyList<string> Annotations);
