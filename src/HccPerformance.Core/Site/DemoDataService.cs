using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Site;

/// <summary>
/// The Administrator sets or clears the demo flag (issue 17). Setting it is always allowed (a database may hold invented
/// figures however they came); clearing it is refused while any demo record remains, naming how many.
/// </summary>
public sealed class DemoDataService(AppDbContext db, ICurrentUser user, DemoFlag flag, DemoRecords records)
{
    public async Task<DemoDataView> GetAsync(CancellationToken ct = default)
    {
        RequireAdministrator();
        var settings = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == SiteSettings.TheOne, ct);
        return new DemoDataView(settings?.DemoData ?? false, settings?.Version ?? Guid.Empty, settings?.ModifiedUtc ?? settings?.CreatedUtc,
            settings?.ModifiedBy ?? settings?.CreatedBy, await records.CountAsync(ct));
    }

    public async Task SaveAsync(DemoDataInput input, CancellationToken ct = default)
    {
        RequireAdministrator();
        var settings = await db.SiteSettings.SingleOrDefaultAsync(s => s.Id == SiteSettings.TheOne, ct);
        if (settings is null)
        {
            settings = new SiteSettings();
            db.SiteSettings.Add(settings);
        }
        else
        {
            db.ExpectVersion(settings, input.Version);
        }

        if (input.DemoData)
        {
            settings.MarkAsDemo();
        }
        else
        {
            var remaining = await records.CountAsync(ct);
            settings.ClearDemoMark(remaining.Sum(r => r.Count), DemoRecords.Describe(remaining));
        }

        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.SiteSettings.AsNoTracking().SingleAsync(s => s.Id == SiteSettings.TheOne, ct);
            return new ConcurrencyConflictException(
                $"Someone else ({theirs.ModifiedBy}) changed this setting while you were looking at it. Their choice is shown; yours is still in the form. Save again to replace theirs.",
                theirs.Version,
                new Dictionary<string, string?> { [nameof(DemoDataInput.DemoData)] = theirs.DemoData ? "Holds demo data" : "Holds no demo data" });
        }, ct);
        flag.Forget();
    }

    private void RequireAdministrator()
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            throw new ForbiddenException("Only an Administrator says whether the site holds demo data.");
        }
    }
}
