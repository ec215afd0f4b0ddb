using System.Runtime.CompilerServices;
using HccPerformance.Core.Data;
using HccPerformance.Core.Data.Interceptors;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace HccPerformance.Core.Notifications;

/// <summary>
/// Puts an email in the outbox for every notification saved, by its person's choice, in the same save (and so the same
/// transaction) as the change that caused it (issue 19). Every sender of notifications gets email this way without
/// knowing of it. Nothing is written while email is off (<c>Email:Host</c> not set), for people told in the site only or
/// with no email address, or for the demo council's seed.
/// </summary>
public sealed class EmailOutboxInterceptor(IOptions<EmailOptions> options, TimeProvider clock) : SaveChangesInterceptor
{
    // A save that failed and is tried again must not queue the same notification's email twice.
    private readonly ConditionalWeakTable<Notification, object> queued = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Pending(eventData.Context) is { Count: > 0 } pending)
        {
            var recipients = RecipientsQuery((AppDbContext)eventData.Context!, pending).ToList();
            Queue((AppDbContext)eventData.Context!, pending, recipients);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Pending(eventData.Context) is { Count: > 0 } pending)
        {
            var recipients = await RecipientsQuery((AppDbContext)eventData.Context!, pending).ToListAsync(cancellationToken);
            Queue((AppDbContext)eventData.Context!, pending, recipients);
        }

        return result;
    }

    private List<Notification>? Pending(DbContext? context)
    {
        if (context is not AppDbContext || !options.Value.Enabled || DemoSeeding.IsOpen)
        {
            return null;
        }

        return [.. context.ChangeTracker.Entries<Notification>()
            .Where(e => e.State == EntityState.Added && !queued.TryGetValue(e.Entity, out _))
            .Select(e => e.Entity)];
    }

    private static IQueryable<Recipient> RecipientsQuery(AppDbContext db, List<Notification> pending)
    {
        var ids = pending.Select(n => n.UserId).Distinct().ToList();
        return from person in new PeopleDirectory(db).People
               where ids.Contains(person.Id) && person.Email != null && person.Email != ""
               join preference in db.EmailPreferences on person.Id equals preference.UserId into chosen
               from preference in chosen.DefaultIfEmpty()
               select new Recipient(person.Id, person.Email!, person.DisplayName,
                   preference == null ? EmailDelivery.EachAsItHappens : preference.Delivery);
    }

    private void Queue(AppDbContext db, List<Notification> pending, List<Recipient> recipients)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var byId = recipients.ToDictionary(r => r.UserId);
        DateTime? summaryDue = null;
        foreach (var notification in pending)
        {
            queued.AddOrUpdate(notification, notification);
            if (!byId.TryGetValue(notification.UserId, out var recipient) || recipient.Delivery == EmailDelivery.SiteOnly)
            {
                continue;
            }

            var due = recipient.Delivery == EmailDelivery.DailySummary
                ? summaryDue ??= OutboxSchedule.NextSummaryUtc(now, settings.SummaryTime, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone))
                : now;
            db.OutboxMessages.Add(new OutboxMessage(recipient.UserId, recipient.Email, recipient.DisplayName, notification.Text,
                SiteLinks.Absolute(settings.BaseUrl, notification.Link), recipient.Delivery, now, due));
        }
    }

    private sealed record Recipient(string UserId, string Email, string DisplayName, EmailDelivery Delivery);
}
