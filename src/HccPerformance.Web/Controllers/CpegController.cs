using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Cpeg;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// CPEG's meetings (seed 4.13, 4.16): every officer reads them and their agendas; CPEG, the Chief Executive and the Head of
/// Improvement schedule them; CPEG members and the Chief Executive record the decisions taken.
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
        var (next, agenda) = await meetings.NextAsync(ct);
        return View(new CpegHomeViewModel { Next = next, Agenda = agenda, CanSchedule = meetings.CanSchedule });
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

    private async Task<MeetingsPageViewModel> ListModelAsync(MeetingInput input, CancellationToken ct) =>
        new() { Meetings = await meetings.ListAsync(ct), CanSchedule = meetings.CanSchedule, Input = input };

    private async Task<MeetingPageViewModel> MeetingModelAsync(int id, DecisionInput input, CancellationToken ct) => new()
    {
        Meeting = await meetings.MeetingAsync(id, ct),
        CanRecordDecisions = meetings.CanRecordDecisions,
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        Input = input,
    };
}
