using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace HccPerformance.Core.Site;

/// <summary>
/// Whether the database holds demo data (<see cref="SiteSettings.DemoData"/>), read on every page for the banner and by
/// every PDF and export. Kept in memory: this instance forgets it the moment an Administrator changes it; another
/// instance of the site sees the change within <see cref="Lifetime"/>. With no settings row yet, the site holds no demo.
/// </summary>
public sealed class DemoFlag(AppDbContext db, IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const string Key = "site:demo-data";

    public async Task<bool> IsOnAsync(CancellationToken ct = default)
    {
        if (cache.TryGetValue(Key, out bool on))
        {
            return on;
        }

        on = await db.SiteSettings.AsNoTracking().Where(s => s.Id == SiteSettings.TheOne).Select(s => s.DemoData).SingleOrDefaultAsync(ct);
        cache.Set(Key, on, Lifetime);
        return on;
    }

    /// <summary>After a change to the flag: the next read goes to the database.</summary>
    public void Forget() => cache.Remove(Key);
}
