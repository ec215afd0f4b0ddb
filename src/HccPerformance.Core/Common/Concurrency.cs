using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Common;

/// <summary>
/// The one way a service saves a change made on a form read earlier: expect the version the form was read with, save,
/// and if someone else saved first, forget this change, read theirs and throw the conflict that shows it.
/// </summary>
public static class Concurrency
{
    /// <summary>A save of <paramref name="entity"/> fails if its stored version is no longer <paramref name="version"/>.</summary>
    public static void ExpectVersion(this DbContext db, AuditableEntity entity, Guid version) =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;

    /// <summary>
    /// Saves; on a stale version, clears the change tracker and throws what <paramref name="theirs"/> reads: the conflict
    /// with their version, or a plain refusal when their change removed the record.
    /// </summary>
    public static async Task SaveOrConflictAsync(this DbContext db, Func<Task<DomainException>> theirs, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw await theirs();
        }
    }

    /// <summary>The same, for a conflict that needs nothing read.</summary>
    public static Task SaveOrConflictAsync(this DbContext db, Func<DomainException> theirs, CancellationToken ct) =>
        db.SaveOrConflictAsync(() => Task.FromResult(theirs()), ct);
}
