namespace HccPerformance.Core.Dashboard;

/// <summary>
/// One of a box's figures (its reds, its overdue recommendations): the glance view says it in words and the box's trend
/// charts and tabulates it quarter by quarter, so both read the same numbers.
/// </summary>
public sealed record Figure(string Name, decimal Value);
