using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using HccPerformance.Core.Auditing;
using HccPerformance.Core.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace HccPerformance.Core.Data.Interceptors;

/// <summary>
/// Stamps who created and changed each <see cref="AuditableEntity"/>, renews its concurrency token,
/// and writes an <see cref="AuditEntry"/> for every change to every record, in the same transaction
/// as the change itself (so there is never a change without its audit, nor an audit without its change).
/// </summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> NotAudited = [typeof(AuditEntry), typeof(UserSession), typeof(DataProtectionKey), typeof(PasswordHistoryEntry),
        typeof(FormSubmission), typeof(Notifications.OutboxMessage)];

    // Never copy secrets into the audit trail: record only that they changed.
    private static readonly HashSet<string> Secrets = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "Ticket",
    };

    // Bookkeeping columns that change with every edit and would only add noise.
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal)
    {
        nameof(AuditableEntity.CreatedUtc), nameof(AuditableEntity.CreatedBy), nameof(AuditableEntity.ModifiedUtc),
        nameof(AuditableEntity.ModifiedBy), nameof(AuditableEntity.Version), "ConcurrencyStamp",
    };

    private readonly ConditionalWeakTable<DbContext, PendingAudit> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Prepare(context) is { } audit)
        {
            audit.OwnTransaction = context.Database.CurrentTransaction is null ? context.Database.BeginTransaction() : null;
            pending.AddOrUpdate(context, audit);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Prepare(context) is { } audit)
        {
            audit.OwnTransaction = context.Database.CurrentTransaction is null
                ? await context.Database.BeginTransactionAsync(cancellationToken)
                : null;
            pending.AddOrUpdate(context, audit);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out var audit))
        {
            pending.Remove(context);
            context.Set<AuditEntry>().AddRange(audit.ToEntries());
            context.SaveChanges();
            audit.OwnTransaction?.Commit();
            audit.OwnTransaction?.Dispose();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out var audit))
        {
            pending.Remove(context);
            context.Set<AuditEntry>().AddRange(audit.ToEntries());
            await context.SaveChangesAsync(cancellationToken);
            if (audit.OwnTransaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out var audit))
        {
            pending.Remove(context);
            audit.OwnTransaction?.Rollback();
            audit.OwnTransaction?.Dispose();
        }
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out var audit))
        {
            pending.Remove(context);
            if (audit.OwnTransaction is { } transaction)
            {
                await transaction.RollbackAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
        }
    }

    private PendingAudit? Prepare(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var who = currentUser.UserName;

        foreach (var entry in context.ChangeTracker.Entries<AuditableEntity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedUtc = now;
                entry.Entity.CreatedBy = who;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.ModifiedUtc = now;
                entry.Entity.ModifiedBy = who;
                entry.Entity.Version = Guid.NewGuid();
            }
        }

        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !NotAudited.Contains(e.Metadata.ClrType))
            .Select(e => new PendingChange(e, e.State.ToString(), Describe(e)))
            .Where(c => c.Action != nameof(EntityState.Modified) || c.Values.Count > 0)
            .ToList();

        return changes.Count == 0 ? null : new PendingAudit(changes, now, currentUser.UserId, who);
    }

    private static List<PropertyChange> Describe(EntityEntry entry)
    {
        var changes = new List<PropertyChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Bookkeeping.Contains(name) || property.Metadata.IsPrimaryKey())
            {
                continue;
            }

            // A user token's Value is an authenticator key or recovery codes; elsewhere Value is a figure worth auditing.
            var secret = Secrets.Contains(name) || (name == "Value" && entry.Entity is Microsoft.AspNetCore.Identity.IdentityUserToken<string>);
            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null:
                    changes.Add(new PropertyChange(name, null, secret ? "(set)" : Format(property.CurrentValue)));
                    break;
                case EntityState.Deleted:
                    changes.Add(new PropertyChange(name, secret ? "(set)" : Format(property.OriginalValue), null));
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes.Add(secret
                        ? new PropertyChange(name, "(changed)", "(changed)")
                        : new PropertyChange(name, Format(property.OriginalValue), Format(property.CurrentValue)));
                    break;
            }
        }

        return changes;
    }

    internal static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        byte[] bytes => $"({bytes.Length} bytes)",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    internal static string EntityName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private sealed record PropertyChange(string Property, string? Old, string? New);

    private sealed record PendingChange(EntityEntry Entry, string Action, List<PropertyChange> Values);

    private sealed class PendingAudit(List<PendingChange> changes, DateTime at, string? userId, string userName)
    {
        public IDbContextTransaction? OwnTransaction { get; set; }

        // Called after the save, so keys generated by the database are known.
        public IEnumerable<AuditEntry> ToEntries() => changes.Select(c => new AuditEntry
        {
            OccurredUtc = at,
            UserId = userId,
            UserName = userName,
            EntityType = EntityName(c.Entry.Metadata.ClrType),
            EntityKey = string.Join(",", c.Entry.Metadata.FindPrimaryKey()!.Properties
                .Select(p => Format(c.Entry.Property(p.Name).CurrentValue ?? c.Entry.Property(p.Name).OriginalValue))),
            Action = c.Action,
            Changes = JsonSerializer.Serialize(c.Values.Select(v => new { property = v.Property, old = v.Old, @new = v.New })),
        });
    }
}
