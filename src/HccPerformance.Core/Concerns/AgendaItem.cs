namespace HccPerformance.Core.Concerns;

/// <summary>One line of the agenda: a concern and, for report-backs, which intervention's and when it was due.</summary>
public sealed record AgendaItem(AgendaItemKind Kind, int ConcernId, string ConcernTitle, string? Intervention, DateOnly? DueOn);
