using HccPerformance.Core.Organisation;
using Microsoft.AspNetCore.Identity;

namespace HccPerformance.Core.Data;

/// <summary>A person who signs in. Accounts are created by an Administrator; nobody registers themselves.</summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }

    /// <summary>Set when an Administrator creates the account or forces a reset: the next sign-in must choose a new password.</summary>
    public bool MustChangePassword { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>The RFC 6238 time-step of the last authenticator code accepted: a code is accepted only for a later step, so once.</summary>
    public long? LastTotpTimeStep { get; set; }

    /// <summary>How many times in a row wrong passwords have locked the account: each lock lasts twice as long as the one before.</summary>
    public int LockoutRounds { get; set; }

    /// <summary>
    /// A first council sign-in made this account while new accounts wait for an Administrator (issue 19): it cannot sign
    /// in until an Administrator approves it on the users page.
    /// </summary>
    public bool AwaitingApproval { get; set; }
}
