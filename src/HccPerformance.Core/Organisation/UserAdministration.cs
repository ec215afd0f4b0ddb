using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Organisation;

/// <summary>The Administrator's work on accounts. Nobody registers themselves.</summary>
public sealed class UserAdministration(
    AppDbContext db, UserManager<ApplicationUser> users, ICurrentUser currentUser, TimeProvider clock, Data.Interceptors.ChangeSignal changes, PeopleDirectory people)
{
    public async Task<List<UserSummary>> ListAsync(string? search, CancellationToken ct = default)
    {
        var query = people.Accounts;
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term) || u.Email!.Contains(term));
        }

        var now = clock.GetUtcNow();
        var rows = await query
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.Email, Department = u.Department == null ? null : u.Department.Name,
                u.TwoFactorEnabled, u.LockoutEnd, u.MustChangePassword, u.AwaitingApproval,
            })
            .ToListAsync(ct);
        var roles = (await people.Roles.ToListAsync(ct)).ToLookup(r => r.UserId, r => r.Role);
        return [.. rows.Select(u => new UserSummary(u.Id, u.UserName!, u.DisplayName, u.Email ?? "", u.Department,
            [.. roles[u.Id].OrderBy(r => Roles.All.ToList().IndexOf(r))], u.TwoFactorEnabled, u.LockoutEnd > now, u.MustChangePassword, u.AwaitingApproval))];
    }

    public async Task<UserDetails> GetAsync(string id, CancellationToken ct = default)
    {
        var user = await people.Accounts.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("The user");
        var roles = await people.Roles.Where(r => r.UserId == id).Select(r => r.Role).ToListAsync(ct);
        var input = new EditUserInput
        {
            DisplayName = user.DisplayName,
            Email = user.Email ?? "",
            DepartmentId = user.DepartmentId,
            Roles = roles,
            PortfolioDepartmentIds = await db.PortfolioDepartments.AsNoTracking().Where(p => p.UserId == id).Select(p => p.DepartmentId).OrderBy(d => d).ToListAsync(ct),
            ConcurrencyStamp = user.ConcurrencyStamp ?? "",
        };
        return new UserDetails(user.Id, user.UserName!, input, user.TwoFactorEnabled, user.LockoutEnd > clock.GetUtcNow(),
            user.LockoutEnd, user.MustChangePassword, user.AccessFailedCount);
    }

    public async Task<string> CreateAsync(NewUserInput input, CancellationToken ct = default)
    {
        await EnsureDepartmentAsync(input.DepartmentId, ct);
        var user = new ApplicationUser
        {
            UserName = input.UserName.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            DepartmentId = input.DepartmentId,
            MustChangePassword = true,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.CreateAsync(user, input.TemporaryPassword));
        Check(await users.AddToRolesAsync(user, input.Roles.Distinct()));
        await transaction.CommitAsync(ct);
        return user.Id;
    }

    public async Task UpdateAsync(string id, EditUserInput input, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("The user");
        await EnsureDepartmentAsync(input.DepartmentId, ct);
        var current = await users.GetRolesAsync(user);
        if (id == currentUser.UserId && current.Contains(Roles.Administrator) && !input.Roles.Contains(Roles.Administrator))
        {
            throw new DomainException("You cannot remove your own Administrator role: ask another Administrator", nameof(EditUserInput.Roles));
        }

        // The stamp the form was read with must still be the stored one; Identity's own check on save
        // (against the stamp just loaded) covers a change made between this read and the write.
        var stale = user.ConcurrencyStamp != input.ConcurrencyStamp;
        var portfolio = input.PortfolioDepartmentIds.Where(d => d != input.DepartmentId).Distinct().ToHashSet();
        if (portfolio.Count > 0 && portfolio.Except(await db.Departments.Where(d => d.IsActive).Select(d => d.Id).ToListAsync(ct)).Any())
        {
            throw new DomainException("Choose the portfolio's further departments from the list", nameof(EditUserInput.PortfolioDepartmentIds));
        }

        var held = await db.PortfolioDepartments.Where(p => p.UserId == id).ToListAsync(ct);
        var rightsChanged = user.DepartmentId != input.DepartmentId || !current.ToHashSet().SetEquals(input.Roles.Distinct())
            || !held.Select(p => p.DepartmentId).ToHashSet().SetEquals(portfolio);
        user.DisplayName = input.DisplayName.Trim();
        user.Email = input.Email.Trim();
        user.DepartmentId = input.DepartmentId;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = stale ? IdentityResult.Failed(users.ErrorDescriber.ConcurrencyFailure()) : await users.UpdateAsync(user);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            var theirs = await GetFreshAsync(id, ct);
            throw new ConcurrencyConflictException(
                "Someone else changed this account while you were editing it. Their version is shown; your changes are still in the form. Save again to replace theirs.",
                Guid.TryParse(theirs.Input.ConcurrencyStamp, out var stamp) ? stamp : null,
                new Dictionary<string, string?>
                {
                    [nameof(EditUserInput.DisplayName)] = theirs.Input.DisplayName,
                    [nameof(EditUserInput.Email)] = theirs.Input.Email,
                    [nameof(EditUserInput.Roles)] = string.Join(", ", theirs.Input.Roles.Select(Roles.DisplayName)),
                });
        }

        Check(result);
        Check(await users.RemoveFromRolesAsync(user, current.Except(input.Roles)));
        Check(await users.AddToRolesAsync(user, input.Roles.Distinct().Except(current)));
        // The portfolio's further departments widen where an Executive Member sets ambition, so they are rights too.
        db.PortfolioDepartments.RemoveRange(held.Where(p => !portfolio.Contains(p.DepartmentId)));
        db.PortfolioDepartments.AddRange(portfolio.Where(d => held.All(p => p.DepartmentId != d)).Select(d => new PortfolioDepartment(id, d)));
        await db.SaveChangesAsync(ct);
        if (rightsChanged)
        {
            // New rights take effect at once: every session signed in with the old ones ends.
            Check(await users.UpdateSecurityStampAsync(user));
            await EndSessionsAsync(id, ct);
        }

        await transaction.CommitAsync(ct);
    }

    public async Task LockAsync(string id, CancellationToken ct = default)
    {
        if (id == currentUser.UserId)
        {
            throw new DomainException("You cannot lock your own account");
        }

        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("The user");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        Check(await users.UpdateSecurityStampAsync(user));
        await EndSessionsAsync(id, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Lets an account a first council sign-in made (while new accounts wait for approval) sign in from now on.</summary>
    public async Task ApproveAsync(string id, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("The user");
        if (!user.AwaitingApproval)
        {
            throw new DomainException("This account is not waiting for approval: it can already sign in");
        }

        user.AwaitingApproval = false;
        Check(await users.UpdateAsync(user));
    }

    public async Task UnlockAsync(string id, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("The user");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await transaction.CommitAsync(ct);
    }

    /// <summary>Sets a temporary password that must be changed at the next sign-in, and ends the person's sessions.</summary>
    public async Task ForcePasswordResetAsync(string id, ForcePasswordResetInput input, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("The user");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, input.TemporaryPassword));
        user.MustChangePassword = true;
        Check(await users.UpdateAsync(user));
        await EndSessionsAsync(id, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>For a person who has lost their authenticator: they set it up again at their next sign-in.</summary>
    public async Task ResetTwoFactorAsync(string id, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("The user");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.SetTwoFactorEnabledAsync(user, false));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        await EndSessionsAsync(id, ct);
        await transaction.CommitAsync(ct);
    }

    private async Task EndSessionsAsync(string userId, CancellationToken ct)
    {
        await db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        // Sessions read a moment ago are remembered in memory: make them be read again.
        changes.Bump();
    }

    private async Task<UserDetails> GetFreshAsync(string id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await GetAsync(id, ct);
    }

    private async Task EnsureDepartmentAsync(int? departmentId, CancellationToken ct)
    {
        if (departmentId is { } id && !await db.Departments.AnyAsync(d => d.Id == id && d.IsActive, ct))
        {
            throw new DomainException("Choose a department from the list", nameof(EditUserInput.DepartmentId));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        var error = result.Errors.First();
        var field = error.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(NewUserInput.UserName),
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => nameof(NewUserInput.Email),
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(NewUserInput.TemporaryPassword),
            _ => null,
        };
        throw new DomainException(error.Description, field);
    }
}
