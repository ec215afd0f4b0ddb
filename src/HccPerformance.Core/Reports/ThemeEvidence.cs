namespace HccPerformance.Core.Reports;

/// <summary>An item of a self-assessment as evidence for a theme, with what it links to.</summary>
public sealed record ThemeEvidence(int ItemId, int DepartmentId, string Department, string Section, string Text, IReadOnlyList<ThemeLink> Links);
