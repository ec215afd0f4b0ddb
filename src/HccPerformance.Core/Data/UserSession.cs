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
