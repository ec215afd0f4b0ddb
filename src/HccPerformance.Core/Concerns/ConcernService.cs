using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// Areas of concern and CPEG's decisions on them (framework process 5). Anyone who reads the dashboard may see them;
/// CPEG members and the Chief Executive (who chairs CPEG) decide; the Head of Improvement and the Performance Team also
/// raise them; a responsible officer reports back on their own interventions only.
/// </summary>
public sealed class ConcernService(AppDbContext db, ICurrentUser user, TimeProvider clock, INotificationSender notifications)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanDecide => user.IsInRole(Roles.CpegMember) || user.IsInRole(Roles.ChiefExecutive);

    public bool CanRaise => CanDecide || user.IsInRole(Roles.HeadOfImprovement) || user.IsInRole(Roles.PerformanceTeam);

    /// <summary>Raises a concern. One source has one open concern at a time: a second is refused, naming the first.</summary>
    public async Task<int> RaiseAsync(string title, int? departmentId, ConcernSource source, int? sourceId, string evidence, CancellationToken ct = default)
    {
        if (!CanRaise)
        {
            throw new ForbiddenException("CPEG, the Head of Improvement and the Performance Team raise areas of concern.");
        }

        if (source != ConcernSource.ByHand)
        {
            var open = await db.AreasOfConcern.AsNoTracking()
                .Where(c => c.Source == source && c.SourceId == sourceId && (c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active))
                .Select(c => c.Title).FirstOrDefaultAsync(ct);
            if (open is not null)
            {
                throw new DomainException($"This is already an open area of concern: \"{open}\". Add to that one instead.", nameof(AreaOfConcern.SourceId));
            }
        }

        var concern = new AreaOfConcern(title, departmentId, source, sourceId, evidence, Today, user.UserName);
        db.AreasOfConcern.Add(concern);
        await db.SaveChangesAsync(ct);
        return concern.Id;
    }

    public Task DecideLocalImportanceAsync(int id, bool important, string reason, Guid version, CancellationToken ct = default) =>
        DecideAsync(id, version, c => c.DecideLocalImportance(important, reason, Today), ct);

    /// <summary>Assigns an intervention to an officer who has an account, and tells them.</summary>
    public Task AssignAsync(int id, int menuItemId, string responsibleUserId, int? frequencyMonths, Guid version, CancellationToken ct = default) =>
        DecideAsync(id, version, async c =>
        {
            var item = await db.MenuOfInterventions.SingleOrDefaultAsync(m => m.Id == menuItemId, ct)
                ?? throw new DomainException("Choose an intervention from the menu", nameof(Intervention.MenuItemId));
            if (!await db.Users.AnyAsync(u => u.Id == responsibleUserId, ct))
            {
                throw new DomainException("Choose a responsible officer who has an account", nameof(Intervention.ResponsibleUserId));
            }

            var intervention = c.Assign(item, responsibleUserId, frequencyMonths, Today);
            notifications.Send(responsibleUserId,
                string.Create(CultureInfo.GetCultureInfo("en-GB"),
                    $"CPEG assigned you \"{intervention.Name}\" for the concern \"{c.Title}\". First report-back due {intervention.ReportBacks[0].DueOn:d MMM yyyy}."),
                $"/concerns/{c.Id}");
        }, ct);

    public Task EscalateAsync(int id, EscalatedTo body, string reason, Guid version, CancellationToken ct = default) =>
        DecideAsync(id, version, c => c.Escalate(body, reason, Today), ct);

    public Task CloseAsync(int id, string outcome, Guid version, CancellationToken ct = default) =>
        DecideAsync(id, version, c => c.Close(outcome, Today), ct);

    public Task ReviewAsync(int id, int reportBackId, ReportBackReview review, string? note, Guid version, CancellationToken ct = default) =>
        DecideAsync(id, version, c => FindReportBack(c, reportBackId).ReviewAs(review, note, Today), ct);

    /// <summary>The responsible officer's report-back: on their own interventions only.</summary>
    public async Task SubmitReportBackAsync(int id, int reportBackId, string progress, string? evidence, Rag rag, Guid version, CancellationToken ct = default)
    {
        var concern = await TrackedAsync(id, ct);
        var intervention = concern.Interventions.SingleOrDefault(i => i.ReportBacks.Any(r => r.Id == reportBackId))
            ?? throw new NotFoundException("The report-back");
        if (intervention.ResponsibleUserId != user.UserId)
        {
            throw new ForbiddenException("Only the officer responsible for the intervention reports back on it.");
        }

        if (!concern.IsOpen)
        {
            throw new DomainException("The concern is closed: report-backs can no longer change.");
        }

        db.Entry(concern).Property(c => c.Version).OriginalValue = version;
        FindReportBack(concern, reportBackId).Submit(progress, evidence, rag, Today);
        await SaveAsync(concern, ct);
    }

    private static ReportBack FindReportBack(AreaOfConcern concern, int reportBackId) =>
        concern.Interventions.SelectMany(i => i.ReportBacks).SingleOrDefault(r => r.Id == reportBackId) ?? throw new NotFoundException("The report-back");

    private Task DecideAsync(int id, Guid version, Action<AreaOfConcern> decision, CancellationToken ct) =>
        DecideAsync(id, version, c =>
        {
            decision(c);
            return Task.CompletedTask;
        }, ct);

    private async Task DecideAsync(int id, Guid version, Func<AreaOfConcern, Task> decision, CancellationToken ct)
    {
        if (!CanDecide)
        {
            throw new ForbiddenException("Only CPEG members and the Chief Executive decide on areas of concern.");
        }

        var concern = await TrackedAsync(id, ct);
        db.Entry(concern).Property(c => c.Version).OriginalValue = version;
        await decision(concern);
        await SaveAsync(concern, ct);
    }

    private async Task SaveAsync(AreaOfConcern concern, CancellationToken ct)
    {
        db.Entry(concern).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(
                "Someone else changed this concern while you were looking at it. Reload the page to see what changed, then decide again.",
                new Dictionary<string, string?>());
        }
    }

    private async Task<AreaOfConcern> TrackedAsync(int id, CancellationToken ct) =>
        await db.AreasOfConcern.Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).Include(c => c.Escalations)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("The area of concern");
}
