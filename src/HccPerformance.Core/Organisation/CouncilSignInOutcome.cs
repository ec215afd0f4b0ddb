namespace HccPerformance.Core.Organisation;

public enum CouncilSignInOutcome
{
    /// <summary>The account exists (or was just made) with the roles its groups give: sign it in.</summary>
    SignIn,

    /// <summary>None of the person's groups is in the mapping.</summary>
    NoAccess,

    /// <summary>The account was made (or was made before) and waits for an Administrator to approve it.</summary>
    AwaitingApproval,

    /// <summary>An Administrator locked the account here: the provider's word does not unlock it.</summary>
    Locked,

    /// <summary>The account could not be made (its email address is another account's here).</summary>
    Conflict,
}
