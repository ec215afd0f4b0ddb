namespace HccPerformance.Core.Data;

/// <summary>
/// A signed-in session held on the server. The cookie carries only its key, so signing out,
/// locking an account or forcing a password reset ends the session for real.
/// </summary>
public class UserSession
{
    public string Id { get; set; } = "";
    public string? UserId { get; set; }
    public byte[] Ticket { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    public DateTime? ExpiresUtc { get; set; }
}

/// <summary>A password the person used before (its hash only): a new password may not be one of the last few.</summary>
public class PasswordHistoryEntry
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public DateTime ReplacedUtc { get; set; }
}
