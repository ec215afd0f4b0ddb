using System.Globalization;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// A meeting of the Corporate Performance and Efficiency Group (seed 4.13, 4.16), chaired by the Chief Executive (fn 6). Its
/// agenda is built from what needs a decision (new concerns, report-backs due, overdue items, the chair's urgent decisions to
/// ratify). CPEG decides as a group here: from the meeting's day until the chair confirms the minutes, every decision CPEG
/// takes is recorded as one of its minutes; once confirmed the minutes are frozen.
/// </summary>
public class CpegMeeting : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private readonly List<MeetingDecision> decisions = [];

    private CpegMeeting() { }

    public CpegMeeting(DateOnly meetsOn, string? notes)
    {
        MeetsOn = meetsOn;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    public DateOnly MeetsOn { get; private set; }
    public string? Notes { get; private set; }
    public IReadOnlyList<MeetingDecision> Decisions => decisions;

    /// <summary>The day the chair confirmed the minutes; from then on they are the record and nothing is added.</summary>
    public DateOnly? MinutesConfirmedOn { get; private set; }
    public string? MinutesConfirmedBy { get; private set; }

    public bool MinutesConfirmed => MinutesConfirmedOn is not null;

    /// <summary>
    /// In session for decisions from the meeting's day until the chair confirms its minutes: decisions taken in the room are
    /// often typed up a day or two later, so the sitting ends with the chair's confirmation, not at midnight.
    /// </summary>
    public bool IsOpenForDecisions(DateOnly today) => MeetsOn <= today && !MinutesConfirmed;

    /// <summary>Records a decision CPEG took in this meeting about one concern, as a minute; minutes are added, never rewritten.</summary>
    public MeetingDecision Record(int areaOfConcernId, string summary, string recordedBy, DateTime recordedUtc)
    {
        RequireOpen(DateOnly.FromDateTime(recordedUtc));
        var decision = new MeetingDecision(areaOfConcernId, summary, recordedBy, recordedUtc);
        decisions.Add(decision);
        return decision;
    }

    /// <summary>The chair confirms the minutes: once, and only after the meeting has met.</summary>
    public void ConfirmMinutes(string by, DateOnly today)
    {
        if (MinutesConfirmedOn is { } confirmed)
        {
            throw new DomainException(string.Create(EnGb, $"The minutes were already confirmed by {MinutesConfirmedBy} on {confirmed:d MMM yyyy}."));
        }

        if (MeetsOn > today)
        {
            throw new DomainException(string.Create(EnGb, $"The meeting is on {MeetsOn:d MMM yyyy}: its minutes are confirmed after it has met."));
        }

        MinutesConfirmedOn = today;
        MinutesConfirmedBy = by;
    }

    private void RequireOpen(DateOnly day)
    {
        if (MinutesConfirmedOn is { } confirmed)
        {
            throw new DomainException(string.Create(EnGb,
                $"The minutes of the meeting of {MeetsOn:d MMM yyyy} were confirmed on {confirmed:d MMM yyyy}: nothing more can be recorded in them."));
        }

        if (MeetsOn > day)
        {
            throw new DomainException(string.Create(EnGb, $"The meeting is on {MeetsOn:d MMM yyyy}: record its decisions on or after that day"));
        }
    }
}
