using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Organisation;

/// <summary>
/// Accounts of people who sign in with their council account (issue 19). The identity provider has already proved who
/// they are; this decides what they may do here: the roles and department the mapping gives their groups, at every
/// sign-in, added and taken away. A first sign-in makes the account (or makes it to wait for an Administrator's
/// approval); an account an Administrator locked here stays locked whatever the provider says.
/// </summary>
public sealed class CouncilAccounts(
    AppDbContext db, UserManager<ApplicationUser> users, GroupMappingService mapping, TimeProvider clock, Data.Interceptors.ChangeSignal changes)
{
    public async Task<CouncilSignInResult> SignInAsync(ExternalIdentity identity, bool awaitApproval, CancellationToken ct = default)
    {
        var mapped = GroupRoles.Resolve(identity.Groups, await mapping.RowsAsync(ct));
        var user = await users.FindByLoginAsync(identity.Provider, identity.Subject);
        if (user is not null && await users.IsLockedOutAsync(user))
        {
            await RefuseAsync(identity, "The account is locked here", ct);
            return new CouncilSignInResult(CouncilSignInOutcome.Locked);
        }

        if (!mapped.HasAccess)
        {
            if (user is not null)
            {
                // Every group taken away at the provider: no role is left here either.
                await FollowClaimsAsync(user, identity, mapped, ct);
            }

            await RefuseAsync(identity, identity.Groups.Count == 0
                ? "No group or app role in the token is in the mapping (the token carried none)"
                : $"No group or app role in the token is in the mapping (the token carried: {string.Join(", ", identity.Groups)})", ct);
            return new CouncilSignInResult(CouncilSignInOutcome.NoAccess);
        }

        if (user is null)
        {
            return await CreateAsync(identity, mapped, awaitApproval, ct);
        }

        await FollowClaimsAsync(user, identity, mapped, ct);
        return user.AwaitingApproval
            ? new CouncilSignInResult(CouncilSignInOutcome.AwaitingApproval, user.Id)
            : new CouncilSignInResult(CouncilSignInOutcome.SignIn, user.Id);
    }

    /// <summary>Records a council sign-in refused before any account was looked at (a token the handler would not accept).</summary>
    public async Task RefuseAsync(string? subject, string? name, string reason, CancellationToken ct = default)
    {
        db.CouncilSignInRefusals.Add(new CouncilSignInRefusal(clock.GetUtcNow().UtcDateTime, subject, name, reason));
        await db.SaveChangesAsync(ct);
    }

    private Task RefuseAsync(ExternalIdentity identity, string reason, CancellationToken ct) =>
        RefuseAsync(identity.Subject, identity.UserName ?? identity.Email ?? identity.DisplayName, reason, ct);

    private async Task<CouncilSignInResult> CreateAsync(ExternalIdentity identity, GroupRoles.Mapped mapped, bool awaitApproval, CancellationToken ct)
    {
        var email = (identity.Email ?? (identity.UserName?.Contains('@', StringComparison.Ordinal) == true ? identity.UserName : null))?.Trim();
        if (string.IsNullOrEmpty(email) || await users.FindByEmailAsync(email) is not null)
        {
            // Never joined to an existing local account by its email address: that would hand a local account (an
            // Administrator's break-glass one, say) to whoever the provider says has that address.
            await RefuseAsync(identity, string.IsNullOrEmpty(email)
                ? "The token carried no email address to make the account with"
                : $"Another account here already uses {email}", ct);
            return new CouncilSignInResult(CouncilSignInOutcome.Conflict);
        }

        var user = new ApplicationUser
        {
            UserName = await FreeUserNameAsync(identity.UserName ?? email),
            Email = email,
            EmailConfirmed = true,
            DisplayName = DisplayNameOf(identity, email),
            DepartmentId = await ActiveDepartmentAsync(mapped.DepartmentId, ct),
            AwaitingApproval = awaitApproval,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.CreateAsync(user));
        Check(await users.AddLoginAsync(user, new UserLoginInfo(identity.Provider, identity.Subject, "Council account")));
        Check(await users.AddToRolesAsync(user, mapped.Roles));
        await transaction.CommitAsync(ct);
        return new CouncilSignInResult(awaitApproval ? CouncilSignInOutcome.AwaitingApproval : CouncilSignInOutcome.SignIn, user.Id);
    }

    /// <summary>Roles and department as the claims say now; a change ends the person's other sessions at once.</summary>
    private async Task FollowClaimsAsync(ApplicationUser user, ExternalIdentity identity, GroupRoles.Mapped mapped, CancellationToken ct)
    {
        var current = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
        var department = await ActiveDepartmentAsync(mapped.DepartmentId, ct);
        var rightsChanged = !current.SetEquals(mapped.Roles) || user.DepartmentId != department;
        var name = DisplayNameOf(identity, user.Email ?? "");
        if (!rightsChanged && user.DisplayName == name)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.DepartmentId = department;
        user.DisplayName = name;
        Check(await users.UpdateAsync(user));
        Check(await users.RemoveFromRolesAsync(user, current.Except(mapped.Roles)));
        Check(await users.AddToRolesAsync(user, mapped.Roles.Except(current)));
        if (rightsChanged)
        {
            Check(await users.UpdateSecurityStampAsync(user));
            await db.UserSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(ct);
            changes.Bump();
        }

        await transaction.CommitAsync(ct);
    }

    private async Task<int?> ActiveDepartmentAsync(int? departmentId, CancellationToken ct) =>
        departmentId is { } id && await db.Departments.AnyAsync(d => d.Id == id && d.IsActive, ct) ? id : null;

    private static string DisplayNameOf(ExternalIdentity identity, string email)
    {
        var name = (identity.DisplayName ?? identity.UserName ?? email).Trim();
        return name.Length <= Limits.PersonName ? name : name[..Limits.PersonName];
    }

    /// <summary>The provider's user name, or the same with a number after it when a local account already has it.</summary>
    private async Task<string> FreeUserNameAsync(string wanted)
    {
        var name = new string([.. wanted.Trim().ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@')]);
        if (name.Length == 0)
        {
            name = "council.user";
        }

        name = name.Length <= Limits.UserName - 4 ? name : name[..(Limits.UserName - 4)];
        var candidate = name;
        for (var n = 2; await users.FindByNameAsync(candidate) is not null; n++)
        {
            candidate = $"{name}-{n}";
        }

        return candidate;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Council sign-in could not save the account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
