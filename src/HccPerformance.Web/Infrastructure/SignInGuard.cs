using System.Security.Cryptography;
using HccPerformance.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Makes a sign-in with a name nobody has look like one with a real name: it takes as long (a password hash is
/// checked against a dummy at the same work factor) and, after the same number of wrong tries, it is "locked" for
/// the same time with the same words. What it remembers about unknown names is kept in memory, at most
/// <see cref="Remembered"/> names, each for a day.
/// </summary>
public sealed class SignInGuard : IDisposable
{
    public const int Remembered = 100_000;

    private static readonly ApplicationUser Nobody = new() { Id = "nobody", UserName = "nobody" };
    private readonly MemoryCache unknownNames = new(new MemoryCacheOptions { SizeLimit = Remembered });
    private string? dummyHash;

    private sealed class Attempts
    {
        public int Failures;
        public int Rounds;
        public DateTimeOffset? LockedUntil;
    }

    /// <summary>Spends the time a real password check takes.</summary>
    public void CheckAgainstNobody(IPasswordHasher<ApplicationUser> hasher, string password)
    {
        dummyHash ??= hasher.HashPassword(Nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(Nobody, dummyHash, password);
    }

    /// <summary>When the unknown name's pretend lock ends, if it is locked now.</summary>
    public DateTimeOffset? LockedUntil(string name) =>
        unknownNames.TryGetValue(Key(name), out Attempts? attempts) && attempts!.LockedUntil > DateTimeOffset.UtcNow ? attempts.LockedUntil : null;

    /// <summary>Counts a wrong try with an unknown name, as <see cref="AppUserManager.AccessFailedAsync"/> does for a real one.</summary>
    public DateTimeOffset? Failed(string name)
    {
        var attempts = unknownNames.GetOrCreate(Key(name), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromDays(1);
            return new Attempts();
        })!;
        lock (attempts)
        {
            if (attempts.LockedUntil > DateTimeOffset.UtcNow)
            {
                return attempts.LockedUntil;
            }

            attempts.Failures++;
            if (attempts.Failures < AppUserManager.AttemptsBeforeLock)
            {
                return null;
            }

            attempts.LockedUntil = DateTimeOffset.UtcNow.Add(AppUserManager.LockFor(attempts.Rounds));
            attempts.Rounds++;
            attempts.Failures = 0;
            return attempts.LockedUntil;
        }
    }

    private static string Key(string name) => name.Trim().ToUpperInvariant();

    public void Dispose() => unknownNames.Dispose();
}
