using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace HccPerformance.BrowserTests.Infrastructure;

/// <summary>
/// The 6-digit code an authenticator app shows (RFC 6238 TOTP: HMAC-SHA1, 30-second steps), so the tests can
/// sign in as an Administrator, who must use two-factor sign-in.
/// </summary>
public static class Totp
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The code for <paramref name="key"/> as the site shows it (base32, any case, spaces allowed) at <paramref name="time"/>.</summary>
    public static string Code(string key, DateTimeOffset time)
    {
        var secret = Base32Decode(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, time.ToUnixTimeSeconds() / 30);

        // SHA-1 is what RFC 6238 and every authenticator app use by default; the site verifies with it too.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350

        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32, upper case, padding optional.</summary>
    public static byte[] Base32Decode(string text)
    {
        var trimmed = text.TrimEnd('=');
        var bytes = new List<byte>(trimmed.Length * 5 / 8);
        var buffer = 0;
        var bits = 0;
        foreach (var c in trimmed)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
