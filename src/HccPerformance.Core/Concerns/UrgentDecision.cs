using System.Globalization;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// A decision the chair of CPEG (the Chief Executive) took alone between meetings because it could not wait. It goes on the
/// next meeting's agenda, where CPEG ratifies it or not, in words; the outcome is also a minute of that meeting.
/// </summary>
public class UrgentDecision : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private UrgentDecision() { }

    public UrgentDecision(int areaOfConcernId, string summary, string decidedBy, DateTime decidedUtc)
    {
        AreaOfConcernId = areaOfConcernId;
        Summary = string.IsNullOrWhiteSpace(summary) ? throw new DomainException("Say what the chair decided", nameof(Summary)) : summary.Trim();
        DecidedBy = decidedBy;
        DecidedUtc = decidedUtc;
        DecidedOn = DateOnly.FromDateTime(decidedUtc);
    }

    public int AreaOfConcernId { get; private set; }
    public string Summary { get; private set; } = "";
    public string DecidedBy { get; private set; } = "";
    public DateTime DecidedUtc { get; private set; }
    public DateOnly DecidedOn { get; private set; }

    /// <summary>The meeting that ratified it (or declined to); empty while it waits.</summary>
    public int? SettledAtMeetingId { get; private set; }

    /// <summary>Whether CPEG ratified it; empty while it waits.</summary>
    public bool? Ratified { get; private set; }

    public string? SettlementNote { get; private set; }

    public bool AwaitsRatification => Ratified is null;

    /// <summary>
    /// CPEG ratifies the decision at a meeting in session, or declines to and says why; either way once, and as a minute of
    /// the meeting, so the meeting's record shows what the group made of the chair's decision.
    /// </summary>
    public MeetingDecision Settle(CpegMeeting meeting, bool ratified, string? note, string by, DateTime atUtc)
    {
        if (Ratified is { } done)
        {
            throw new DomainException($"CPEG has already {(done ? "ratified" : "declined to ratify")} this urgent decision.");
        }

        var words = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (!ratified && words is null)
        {
            throw new DomainException("Say why CPEG does not ratify the decision", nameof(SettlementNote));
        }

        var minute = meeting.Record(AreaOfConcernId,
            string.Create(EnGb, $"{(ratified ? "Ratified" : "Did not ratify")} the chair's urgent decision of {DecidedOn:d MMM yyyy} ({Summary}){(words is null ? "." : $": {words}")}"),
            by, atUtc);
        SettledAtMeetingId = meeting.Id;
        Ratified = ratified;
        SettlementNote = words;
        return minute;
    }
}
