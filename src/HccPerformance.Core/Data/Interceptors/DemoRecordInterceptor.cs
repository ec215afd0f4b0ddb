using HccPerformance.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HccPerformance.Core.Data.Interceptors;

/// <summary>
/// Marks as demo every <see cref="IDemoRecord"/> added, and the invented details of every <see cref="IDemoDetails"/>
/// reference record changed, while <see cref="DemoSeeding"/> is open (issue 17). Outside it, it does nothing: what
/// people enter through the site is never demo.
/// </summary>
public sealed class DemoRecordInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public static void Mark(DbContext? context)
    {
        if (context is null || !DemoSeeding.IsOpen)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added && entry.Entity is IDemoRecord { IsDemo: false } record)
            {
                record.MarkAsDemo();
            }
            // A reference record the demo writes about (changed) or copies (a successor plan's areas): its details are the demo's.
            else if (entry.State is EntityState.Modified or EntityState.Added && entry.Entity is IDemoDetails { DetailsAreDemo: false } details)
            {
                details.MarkDetailsAsDemo();
            }
        }
    }
}
