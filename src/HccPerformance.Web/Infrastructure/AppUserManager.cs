using HccPerformance.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Identity's user manager with two changes. Wrong passwords lock an account briefly and for longer each time
/// (<see cref="LockFor"/>), so nobody can keep a named person out for long by guessing on purpose; signing in
/// successfully starts again from the first lock. A replaced password hash is kept in <c>PasswordHistory</c>,
/// so <see cref="PasswordHistoryValidator"/> can refuse it later.
/// </summary>
public sealed class AppUserManager(
    IUserStore<ApplicationUser> store, IOptions<IdentityOptions> optionsAccessor, IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators, IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<ApplicationUser>> logger,
    AppDbContext db, TimeProvider clock)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public const int AttemptsBeforeLock = 5;
    public static readonly TimeSpan FirstLock = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestLock = TimeSpan.FromMinutes(15);

    /// <summary>1, 2, 4, 8, then 15 minutes: the lock after <paramref name="earlierLocks"/> locks in a row.</summary>
    public static TimeSpan LockFor(int earlierLocks) =>
        earlierLocks >= 4 ? LongestLock : TimeSpan.FromTicks(Math.Min(FirstLock.Ticks << earlierLocks, LongestLock.Ticks));

    public override async Task<IdentityResult> AccessFailedAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.AccessFailedCount++;
        if (user.AccessFailedCount >= AttemptsBeforeLock && user.LockoutEnabled)
        {
            // Identity compares lock-out ends with the system clock, so the end is set on it too.
            user.LockoutEnd = DateTimeOffset.UtcNow.Add(LockFor(user.LockoutRounds));
            user.LockoutRounds++;
            user.AccessFailedCount = 0;
            Logger.LogWarning("{User} is locked for {Minutes} minutes after {Attempts} wrong attempts", user.UserName, LockFor(user.LockoutRounds - 1).TotalMinutes, AttemptsBeforeLock);
        }

        return await UpdateUserAsync(user);
    }

    public override async Task<IdentityResult> ResetAccessFailedCountAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.LockoutRounds == 0 && user.AccessFailedCount == 0)
        {
            return IdentityResult.Success;
        }

        user.LockoutRounds = 0;
        user.AccessFailedCount = 0;
        return await UpdateUserAsync(user);
    }

    /// <summary>A new authenticator key starts with no code used.</summary>
    public override Task<IdentityResult> ResetAuthenticatorKeyAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.LastTotpTimeStep = null;
        return base.ResetAuthenticatorKeyAsync(user);
    }

    protected override Task<IdentityResult> UpdateUserAsync(ApplicationUser user)
    {
        // Without detecting changes: the store attaches the user next, and an entry already marked Modified would be
        // reset to Unchanged there, losing the original values the audit trail compares with.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var entry = db.Entry(user);
            if (entry.State is Microsoft.EntityFrameworkCore.EntityState.Modified or Microsoft.EntityFrameworkCore.EntityState.Unchanged)
            {
                var hash = entry.Property(u => u.PasswordHash);
                if (hash.OriginalValue is { Length: > 0 } old && !string.Equals(old, user.PasswordHash, StringComparison.Ordinal))
                {
                    db.PasswordHistory.Add(new PasswordHistoryEntry { UserId = user.Id, PasswordHash = old, ReplacedUtc = clock.GetUtcNow().UtcDateTime });
                }
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        return base.UpdateUserAsync(user);
    }
}
