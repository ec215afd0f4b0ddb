namespace HccPerformance.Core.Concerns;

public sealed record MeetingRow(int Id, DateOnly MeetsOn, string? Notes, int Decisions, bool IsUpcoming);

public sealed record DecisionRow(int MeetingId, DateOnly MeetsOn, int ConcernId, string ConcernTitle, string Summary, string RecordedBy, DateTime RecordedUtc);

/// <summary>A meeting with its agenda as at its date, the decisions recorded in it, and the concerns a decision may be about.</summary>
public sealed record MeetingView(int Id, DateOnly MeetsOn, string? Notes, IReadOnlyList<AgendaItem> Agenda, IReadOnlyList<DecisionRow> Decisions,
    IReadOnlyList<(int Id, string Title)> DecisionChoices);
