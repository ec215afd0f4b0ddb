namespace HccPerformance.Core.Reports;

/// <summary>An indicator, a corporate risk or a plan area an item is about.</summary>
public sealed record ThemeLink(string Type, int Id, string Name);
