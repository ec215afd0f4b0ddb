namespace HccPerformance.Core.Concerns;

/// <summary>A meeting in the list: its minutes confirmed (and when), or still open.</summary>
public sealed record MeetingRow(int Id, DateOnly MeetsOn, string? Notes, int Decisions, bool IsUpcoming, DateOnly? MinutesConfirmedOn = null, bool IsDemo = false)
{
    public bool MinutesConfirmed => MinutesConfirmedOn is not null;
}

public sealed record DecisionRow(int MeetingId, DateOnly MeetsOn, int ConcernId, string ConcernTitle, string Summary, string RecordedBy, DateTime RecordedUtc,
    bool IsDemo = false);

/// <summary>A meeting with its agenda as at its date, the decisions recorded in it, and the concerns a decision may be about.</summary>
public sealed record MeetingView(int Id, DateOnly MeetsOn, string? Notes, IReadOnlyList<AgendaItem> Agenda, IReadOnlyList<DecisionRow> Decisions,
    IReadOnlyList<(int Id, string Title)> DecisionChoices)
{
    /// <summary>When the chair confirmed the minutes, and who; empty while they are open.</summary>
    public DateOnly? MinutesConfirmedOn { get; init; }
    public string? MinutesConfirmedBy { get; init; }

    /// <summary>In session for decisions today (<see cref="CpegMeeting.IsOpenForDecisions"/>).</summary>
    public bool IsOpenForDecisions { get; init; }

    /// <summary>The meeting's version, which confirming the minutes checks.</summary>
    public Guid Version { get; init; }

    /// <summary>The chair's urgent decisions on this meeting's agenda: those awaiting ratification (while it sits) and those it settled.</summary>
    public IReadOnlyList<UrgentDecisionRow> UrgentDecisions { get; init; } = [];

    /// <summary>A meeting the demo seed invented (issue 17).</summary>
    public bool IsDemo { get; init; }
}

/// <summary>The chair's urgent decision as a meeting or CPEG's home page shows it.</summary>
public sealed record UrgentDecisionRow(int Id, int ConcernId, string ConcernTitle, string Summary, string DecidedBy, DateOnly DecidedOn, bool? Ratified,
    string? SettlementNote, Guid Version, bool IsDemo = false);

/// <summary>Where a decision taken now is recorded: the meeting in session, if any; and whether this person chairs CPEG.</summary>
public sealed record SittingView((int Id, DateOnly MeetsOn)? Meeting, bool IsChair);

/// <summary>CPEG's home page: the next meeting and its agenda, the minutes waiting for the chair, and urgent decisions awaiting ratification.</summary>
public sealed record CpegHomeView(MeetingRow? Next, IReadOnlyList<AgendaItem> Agenda, IReadOnlyList<MeetingRow> MinutesToConfirm,
    IReadOnlyList<UrgentDecisionRow> AwaitingRatification);
