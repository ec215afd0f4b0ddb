namespace HccPerformance.Core.Data;

/// <summary>A password the person used before (its hash only): a new password may not be one of the last few.</summary>
public class PasswordHistoryEntry
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public DateTime ReplacedUtc { get; set; }
}
