using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HccPerformance.Core.Notifications;

/// <summary>Each signed-in person chooses how they are told by email: each as it happens (the default), a daily summary, or the site only.</summary>
public sealed class EmailPreferences(AppDbContext db, ICurrentUser user, PeopleDirectory people, IOptions<EmailOptions> options)
{
    public async Task<EmailPreferenceView> GetAsync(CancellationToken ct = default)
    {
        var id = RequireSignedIn();
        var email = await EmailOfAsync(id, ct);
        var preference = await db.EmailPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == id, ct);
        var delivery = email is null ? EmailDelivery.SiteOnly : preference?.Delivery ?? EmailDelivery.EachAsItHappens;
        return new EmailPreferenceView(delivery, preference?.Version ?? Guid.Empty, email, options.Value.Enabled, options.Value.SummaryTime);
    }

    public async Task SaveAsync(EmailPreferenceInput input, CancellationToken ct = default)
    {
        var id = RequireSignedIn();
        var delivery = input.Delivery ?? EmailDelivery.EachAsItHappens;
        if (delivery != EmailDelivery.SiteOnly && await EmailOfAsync(id, ct) is null)
        {
            throw new DomainException("You have no email address in the site, so you are told in the site only. Ask the Administrator to add your address.",
                nameof(EmailPreferenceInput.Delivery));
        }

        var preference = await db.EmailPreferences.SingleOrDefaultAsync(p => p.UserId == id, ct);
        if (preference is null)
        {
            db.EmailPreferences.Add(new EmailPreference(id, delivery));
        }
        else
        {
            db.ExpectVersion(preference, input.Version);
            preference.Choose(delivery);
        }

        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.EmailPreferences.AsNoTracking().SingleAsync(p => p.UserId == id, ct);
            return new ConcurrencyConflictException(
                "Your choice was changed on another page while this one was open. That choice is shown; yours is still in the form. Save again to keep yours.",
                theirs.Version, new Dictionary<string, string?> { [nameof(EmailPreferenceInput.Delivery)] = Words(theirs.Delivery) });
        }, ct);
    }

    /// <summary>The words the page and the conflict use for each choice.</summary>
    public static string Words(EmailDelivery delivery) => delivery switch
    {
        EmailDelivery.DailySummary => "A daily summary",
        EmailDelivery.SiteOnly => "In the site only",
        _ => "Each as it happens",
    };

    private async Task<string?> EmailOfAsync(string id, CancellationToken ct)
    {
        var email = await people.People.Where(p => p.Id == id).Select(p => p.Email).SingleOrDefaultAsync(ct);
        return string.IsNullOrWhiteSpace(email) ? null : email;
    }

    private string RequireSignedIn() => user.UserId ?? throw new ForbiddenException("Sign in to choose how you are told.");
}
