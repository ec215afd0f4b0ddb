using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Cpeg;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// CPEG's meetings (seed 4.13, 4.16): every officer reads them and their agendas; CPEG, the Chief Executive and the Head of
/// Improvement schedule them; CPEG members and the Chief Executive record the decisions taken and ratify the chair's urgent
/// decisions; the chair (the Chief Executive) confirms the minutes (issue 15).
/// </summary>
[Authorize(Policy = Policies.OfficerAccess)]
[Route("cpeg/meetings")]
public sealed class CpegController(CpegMeetingService meetings, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await ListModelAsync(new MeetingInput(), ct));

    /// <summary>The home page of CPEG members and the Chief Executive: the next meeting's agenda, with the dashboard a click away.</summary>
    [HttpGet("/cpeg")]
    public async Task<IActionResult> Home(CancellationToken ct)
    {
        var home = await meetings.HomeAsync(ct);
        return View(new CpegHomeViewModel
        {
            Next = home.Next,
            Agenda = home.Agenda,
            CanSchedule = meetings.CanSchedule,
            MinutesToConfirm = home.MinutesToConfirm,
            AwaitingRatification = home.AwaitingRatification,
            IsChair = meetings.CanConfirmMinutes,
        });
    }

    [OnceOnly]
    [HttpPost("")]
    public async Task<IActionResult> Schedule([Bind(Prefix = "Input")] MeetingInput input, CancellationToken ct)
    {
        if (!meetings.CanSchedule)
        {
            return Forbid();
        }

        return await PostAsync(input, async () =>
            Done("The meeting is scheduled. Its agenda below is built from what needs CPEG's decision, and changes as concerns move on.",
                nameof(Meeting), new { id = await meetings.ScheduleAsync(input, ct) }),
            async () => View(nameof(Index), await ListModelAsync(input, ct)));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Meeting(int id, CancellationToken ct) => View(await MeetingModelAsync(id, new DecisionInput(), ct));

    [OnceOnly]
    [HttpPost("{id:int}/decisions")]
    public async Task<IActionResult> RecordDecision(int id, [Bind(Prefix = "Input")] DecisionInput input, CancellationToken ct)
    {
        if (!meetings.CanRecordDecisions)
        {
            return Forbid();
        }

        return await PostAsync(input, async () =>
        {
            await meetings.RecordDecisionAsync(id, input, ct);
            return Done("The decision is recorded against the meeting and shows on the concern's page.", nameof(Meeting), new { id });
        }, async () => View(nameof(Meeting), await MeetingModelAsync(id, input, ct)));
    }

    /// <summary>The chair confirms the minutes: only the Chief Executive; a second confirmation is refused in words.</summary>
    [HttpPost("{id:int}/confirm-minutes")]
    public async Task<IActionResult> ConfirmMinutes(int id, [Bind(Prefix = "Confirm")] ConfirmMinutesInput input, CancellationToken ct)
    {
        meetings.RequireChair();
        return await PostAsync(input, async () =>
        {
            await meetings.ConfirmMinutesAsync(id, input, ct);
            return Done("The minutes are confirmed: they are the record of the meeting, and CPEG's next decisions wait for the next meeting.", nameof(Meeting), new { id });
        }, async () => View(nameof(Meeting), await MeetingModelAsync(id, new DecisionInput(), ct)), "Confirm", errorsAtTop: true);
    }

    /// <summary>CPEG, at a meeting in session, ratifies the chair's urgent decision or not; the outcome is a minute.</summary>
    [OnceOnly]
    [HttpPost("{id:int}/urgent-decisions/{urgentId:int}/ratify")]
    public async Task<IActionResult> Ratify(int id, int urgentId, [Bind(Prefix = "Ratify")] RatifyInput input, CancellationToken ct)
    {
        meetings.RequireRecorder();
        return await PostAsync(input, async () =>
        {
            await meetings.RatifyAsync(id, urgentId, input, ct);
            return Done(input.Ratified == true ? "CPEG ratified the chair's urgent decision; it is in the minutes." : "CPEG did not ratify the chair's urgent decision; the reason is in the minutes.",
                nameof(Meeting), new { id });
        }, async () =>
        {
            var model = await MeetingModelAsync(id, new DecisionInput(), ct);
            model.Ratify = input;
            model.RatifyingId = urgentId;
            return View(nameof(Meeting), model);
        }, "Ratify");
    }

    private async Task<MeetingsPageViewModel> ListModelAsync(MeetingInput input, CancellationToken ct) =>
        new() { Meetings = await meetings.ListAsync(ct), CanSchedule = meetings.CanSchedule, Input = input, Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };

    private async Task<MeetingPageViewModel> MeetingModelAsync(int id, DecisionInput input, CancellationToken ct) => new()
    {
        Meeting = await meetings.MeetingAsync(id, ct),
        CanRecordDecisions = meetings.CanRecordDecisions,
        CanConfirmMinutes = meetings.CanConfirmMinutes,
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        Input = input,
    };
}
