using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using HccPerformance.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Identity's authenticator-app codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, two steps either side for
/// clocks that drift), each accepted once: the step of an accepted code is stored with the person, and a code is
/// accepted only for a later step. Storing it is one conditional update, so two sign-ins racing with one code
/// cannot both win. Used for signing in and for turning two-factor sign-in on.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(AppDbContext db) : AuthenticatorTokenProvider<ApplicationUser>
{
    private const int Drift = 2;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var secret = Base32Decode(key);
        // Authenticator apps keep real time, as Identity's own provider assumes.
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        long? matched = null;
        for (var step = now - Drift; step <= now + Drift; step++)
        {
            if (Code(secret, step) == code)
            {
                matched = step;
            }
        }

        if (matched is not { } accepted)
        {
            return false;
        }

        var claimed = await db.Users
            .Where(u => u.Id == user.Id && (u.LastTotpTimeStep == null || u.LastTotpTimeStep < accepted))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpTimeStep, accepted));
        if (claimed == 0)
        {
            return false;
        }

        // Keep the tracked copy in step without marking it changed (and without detecting other changes, which the
        // user store's next attach would then reset, hiding them from the audit trail).
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var entry = db.Entry(user);
            user.LastTotpTimeStep = accepted;
            if (entry.State != EntityState.Detached)
            {
                entry.Property(u => u.LastTotpTimeStep).OriginalValue = accepted;
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        return true;
    }

    private static int Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        // RFC 6238's HMAC-SHA1 is what authenticator apps compute; it is not used here for collision resistance.
#pragma warning disable CA5350
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        return (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff) % 1_000_000;
    }

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().TrimEnd('='))
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                continue;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
