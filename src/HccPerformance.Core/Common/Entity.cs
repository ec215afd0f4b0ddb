namespace HccPerformance.Core.Common;

/// <summary>
/// A record people edit. The audit interceptor stamps who created and last changed it, and renews
/// <see cref="Version"/> on every change: an app-managed concurrency token, because SQLite has no rowversion.
/// </summary>
public abstract class AuditableEntity
{
    public int Id { get; protected set; }
    public DateTime CreatedUtc { get; internal set; }
    public string CreatedBy { get; internal set; } = "";
    public DateTime? ModifiedUtc { get; internal set; }
    public string? ModifiedBy { get; internal set; }
    public Guid Version { get; internal set; } = Guid.NewGuid();
}
