namespace HccPerformance.Core.Organisation;

/// <summary>Who the identity provider says is signing in, read from a token the handler has already validated.</summary>
public sealed record ExternalIdentity(string Provider, string Subject, string? UserName, string? DisplayName, string? Email, IReadOnlyList<string> Groups);

/// <summary>What council sign-in decided, and the account when it may sign in.</summary>
public sealed record CouncilSignInResult(CouncilSignInOutcome Outcome, string? UserId = null);
