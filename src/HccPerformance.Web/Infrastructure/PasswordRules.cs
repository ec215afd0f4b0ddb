using System.Text;
using HccPerformance.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Refuses passwords an attacker tries first: those on the deny-list of common passwords (Passwords/README.md says
/// where it came from), one character repeated, obvious sequences (<c>abcdefghijkl</c>, <c>qwertyuiop</c>,
/// <c>123456789012</c>), and a common password with such a sequence added (<c>password123456789</c>).
/// </summary>
public sealed class WeakPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string CommonCode = "PasswordCommon";
    public const string PatternCode = "PasswordPattern";
    public const string CommonMessage = "This is one of the most common passwords, which attackers guess first: choose a phrase of three or four unrelated words";
    public const string PatternMessage = "This is a repeated character or an obvious sequence, which attackers guess first: choose a phrase of three or four unrelated words";

    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "abcdefghijklmnopqrstuvwxyz"];

    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        using var stream = typeof(WeakPasswordValidator).Assembly.GetManifestResourceStream("HccPerformance.common-passwords.txt")
            ?? throw new InvalidOperationException("The deny-list of common passwords is not in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.ToLowerInvariant());
            }
        }

        return set;
    });

    public static int CommonPasswordCount => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(Check(password ?? "") switch
        {
            CommonCode => IdentityResult.Failed(new IdentityError { Code = CommonCode, Description = CommonMessage }),
            PatternCode => IdentityResult.Failed(new IdentityError { Code = PatternCode, Description = PatternMessage }),
            _ => IdentityResult.Success,
        });

    /// <summary>The code of the rule the password breaks, or null when it breaks none.</summary>
    public static string? Check(string password)
    {
        var lower = password.ToLowerInvariant();
        if (Common.Value.Contains(lower))
        {
            return CommonCode;
        }

        var rest = WithoutPatterns(lower);
        if (rest.Length < 4)
        {
            return PatternCode;
        }

        return Common.Value.Contains(rest) ? CommonCode : null;
    }

    /// <summary>What is left when runs of a repeated character or unit and runs of three or more in sequence are taken out.</summary>
    internal static string WithoutPatterns(string text)
    {
        // A short unit repeated throughout ("abababababab", "xyz!xyz!xyz!").
        for (var unit = 1; unit <= 4 && unit * 3 <= text.Length; unit++)
        {
            if (Enumerable.Range(0, text.Length).All(i => text[i] == text[i % unit]))
            {
                return "";
            }
        }

        var kept = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var run = RunLength(text, i);
            if (run >= 3)
            {
                i += run;
                continue;
            }

            kept.Append(text[i]);
            i++;
        }

        return kept.ToString();
    }

    private static int RunLength(string text, int start)
    {
        var best = 1;
        // The same character again and again.
        var same = 1;
        while (start + same < text.Length && text[start + same] == text[start])
        {
            same++;
        }

        best = Math.Max(best, same);

        // Up or down the alphabet, the digits or a keyboard row (wrapping 0 after 9 as keyboards do).
        foreach (var row in Rows)
        {
            foreach (var step in new[] { 1, -1 })
            {
                var position = row.IndexOf(text[start], StringComparison.Ordinal);
                if (position < 0)
                {
                    continue;
                }

                var length = 1;
                while (start + length < text.Length)
                {
                    var next = position + (step * length);
                    if (next < 0 || next >= row.Length || text[start + length] != row[next])
                    {
                        break;
                    }

                    length++;
                }

                best = Math.Max(best, length);
            }
        }

        return best;
    }
}

/// <summary>Refuses the person's current password and the ones before it, up to <see cref="Remembered"/> in all.</summary>
public sealed class PasswordHistoryValidator(AppDbContext db) : IPasswordValidator<ApplicationUser>
{
    public const int Remembered = 5;
    public const string Code = "PasswordReused";
    public const string Message = "You have used this password recently: choose one you have not used before";

    public async Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password) || string.IsNullOrEmpty(user.Id))
        {
            return IdentityResult.Success;
        }

        var hashes = await db.PasswordHistory.AsNoTracking().Where(p => p.UserId == user.Id)
            .OrderByDescending(p => p.ReplacedUtc).ThenByDescending(p => p.Id).Select(p => p.PasswordHash).Take(Remembered - 1).ToListAsync();
        if (user.PasswordHash is { } current)
        {
            hashes.Insert(0, current);
        }

        foreach (var hash in hashes)
        {
            if (manager.PasswordHasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed)
            {
                return IdentityResult.Failed(new IdentityError { Code = Code, Description = Message });
            }
        }

        return IdentityResult.Success;
    }
}
