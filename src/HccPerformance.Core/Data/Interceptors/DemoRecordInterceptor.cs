using HccPerformance.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HccPerformance.Core.Data.Interceptors;

/// <summary>
/// Marks as demo every <see cref="IDemoRecord"/> added, and the invented details of every <see cref="IDemoDetails"/>
/// reference record changed, while <see cref="DemoSeeding"/> is open (issue 17). Outside it, what people enter through the
/// site is never demo, and a demo record a person changes becomes theirs: its mark goes, so the site never shows their
/// words or figures as invented. Only a change to the record's own columns counts: a record something is appended to
/// (a review of a risk, a report-back on a concern) is not changed by the append and keeps its mark, as do a reference
/// record's demo details when only its reference columns change.
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

    // Bookkeeping that changes with every save; a change to these alone is not a person changing the record.
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal)
    {
        nameof(AuditableEntity.CreatedUtc), nameof(AuditableEntity.CreatedBy), nameof(AuditableEntity.ModifiedUtc),
        nameof(AuditableEntity.ModifiedBy), nameof(AuditableEntity.Version), nameof(IDemoRecord.IsDemo),
    };

    public static void Mark(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        if (!DemoSeeding.IsOpen)
        {
            Unmark(context);
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

    /// <summary>A demo record (or a reference record's demo details) changed through the site becomes the person's.</summary>
    private static void Unmark(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Modified))
        {
            var changed = entry.Properties.Where(p => p.IsModified && !Bookkeeping.Contains(p.Metadata.Name)).Select(p => p.Metadata.Name).ToList();
            if (entry.Entity is IDemoDetails { DetailsAreDemo: true } details
                && DemoDetails.Of(entry.Entity.GetType()) is { } mark && changed.Intersect(mark.Columns).Any())
            {
                details.ClearDetailsDemoMark();
            }

            var detailColumns = DemoDetails.Of(entry.Entity.GetType())?.AllColumns ?? [];
            if (entry.Entity is IDemoRecord { IsDemo: true } && changed.Except(detailColumns).Any())
            {
                entry.Property(nameof(IDemoRecord.IsDemo)).CurrentValue = false;
            }
        }
    }
}
