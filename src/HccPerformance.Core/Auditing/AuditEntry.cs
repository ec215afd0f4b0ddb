namespace HccPerformance.Core.Auditing;

/// <summary>One change to one record: who, when, what, and the values before and after (as JSON).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredUtc { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityKey { get; set; } = "";
    public string Action { get; set; } = "";

    /// <summary>JSON array of { property, old, new }.</summary>
    public string Changes { get; set; } = "[]";
}
