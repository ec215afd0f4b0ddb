namespace HccPerformance.Core.Organisation;

public sealed record UserSummary(string Id, string UserName, string DisplayName, string Email, string? Department,
    IReadOnlyList<string> Roles, bool TwoFactorEnabled, bool LockedOut, bool MustChangePassword,
    bool AwaitingApproval = false);

public sealed record UserDetails(string Id, string UserName, EditUserInput Input, bool TwoFactorEnabled, bool LockedOut,
    DateTimeOffset? LockedUntil, bool MustChangePassword, int FailedAttempts);
