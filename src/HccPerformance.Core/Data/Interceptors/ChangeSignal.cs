using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HccPerformance.Core.Data.Interceptors;

/// <summary>
/// Counts the database transactions this instance of the site has committed, so that what is kept in memory (the
/// dashboard, signed-in sessions) can tell cheaply whether anything may have changed since it was read: every change
/// the site makes is committed in a transaction (the audit interceptor opens one when the caller has not).
/// Other instances' changes are not counted here; whatever is cached against this also expires after a short while.
/// </summary>
public sealed class ChangeSignal : DbTransactionInterceptor
{
    private long version;

    public long Version => Interlocked.Read(ref version);

    /// <summary>For a change made outside a transaction that must still be seen at once (ending a person's sessions).</summary>
    public void Bump() => Interlocked.Increment(ref version);

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Interlocked.Increment(ref version);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref version);
        return Task.CompletedTask;
    }
}
