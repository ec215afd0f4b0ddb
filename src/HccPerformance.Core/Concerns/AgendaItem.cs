namespace HccPerformance.Core.Concerns;

/// <summary>
/// One line of the agenda: a concern and, for report-backs, which intervention's and when it was due; for the chair's urgent
/// decision, what was decided (<see cref="Decision"/>) and on which day (<see cref="DueOn"/>).
/// </summary>
public sealed record AgendaItem(AgendaItemKind Kind, int ConcernId, string ConcernTitle, string? Intervention, DateOnly? DueOn, string? Decision = null);
