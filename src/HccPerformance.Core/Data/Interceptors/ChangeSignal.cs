using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using HccPerformance.Core.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HccPerformance.Core.Data.Interceptors;

/// <summary>
/// Counts the database transactions this instance of the site has committed, so that what is kept in memory (signed-in
/// sessions) can tell cheaply whether anything may have changed since it was read: every change the site makes is
/// committed in a transaction (the audit interceptor opens one when the caller has not).
/// Beside that one count, a count per dashboard box (issue 18): a commit moves only the boxes whose records it changed
/// (<see cref="DashboardBoxes.Touched"/>), so a plan progress entry costs the plan's box and nothing else.
/// Other instances' changes are not counted here; the dashboard reads them from the audit trail (<see cref="BumpBoxes"/>).
/// </summary>
public sealed class ChangeSignal : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private long version;

    private readonly ConcurrentDictionary<string, long> boxes = new(StringComparer.Ordinal);

    // The types each context has saved since its transaction began: counted when it commits, dropped if it rolls back.
    private readonly ConditionalWeakTable<DbContext, HashSet<Type>> pending = [];

    public long Version => Interlocked.Read(ref version);

    /// <summary>How many committed changes have touched this dashboard box.</summary>
    public long BoxVersion(string box) => boxes.GetValueOrDefault(box);

    /// <summary>For a change made outside a transaction that must still be seen at once (ending a person's sessions).</summary>
    public void Bump() => Interlocked.Increment(ref version);

    /// <summary>Moves these boxes: another instance changed their records (read from the audit trail).</summary>
    public void BumpBoxes(IEnumerable<string> touched)
    {
        foreach (var box in touched.Distinct(StringComparer.Ordinal))
        {
            boxes.AddOrUpdate(box, 1, (_, v) => v + 1);
        }
    }

    InterceptionResult<int> ISaveChangesInterceptor.SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    ValueTask<InterceptionResult<int>> ISaveChangesInterceptor.SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // Saved outside any transaction (records the audit interceptor does not audit): nothing to wait for.
    int ISaveChangesInterceptor.SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            Flush(context);
        }

        return result;
    }

    ValueTask<int> ISaveChangesInterceptor.SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            Flush(context);
        }

        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Interlocked.Increment(ref version);
        Flush(eventData.Context);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref version);
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var types = pending.GetOrCreateValue(context);
        lock (types)
        {
            foreach (var entry in context.ChangeTracker.Entries())
            {
                if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                {
                    types.Add(entry.Metadata.ClrType);
                }
            }
        }
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var types))
        {
            return;
        }

        pending.Remove(context);
        List<Type> changed;
        lock (types)
        {
            changed = [.. types];
        }

        BumpBoxes(changed.SelectMany(DashboardBoxes.Touched));
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }
}
