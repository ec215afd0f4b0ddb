using System.Text.RegularExpressions;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>Word-by-word differences between two texts (longest common subsequence), for "what changed" views.</summary>
public static partial class TextDiff
{
    public static IReadOnlyList<DiffPart> Words(string before, string after)
    {
        var a = Tokens().Matches(before ?? "").Select(m => m.Value).ToArray();
        var b = Tokens().Matches(after ?? "").Select(m => m.Value).ToArray();
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var parts = new List<DiffPart>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(parts, DiffKind.Same, a[x++]);
                y++;
            }
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                // What went comes before what replaced it, as a reader marks up a change.
                Add(parts, DiffKind.Removed, a[x++]);
            }
            else
            {
                Add(parts, DiffKind.Added, b[y++]);
            }
        }

        return parts;
    }

    public static bool HasChanges(IReadOnlyList<DiffPart> parts) => parts.Any(p => p.Kind != DiffKind.Same);

    private static void Add(List<DiffPart> parts, DiffKind kind, string word)
    {
        if (parts.Count > 0 && parts[^1].Kind == kind)
        {
            var previous = parts[^1].Text;
            parts[^1] = parts[^1] with { Text = previous.EndsWith('\n') || word == "\n" ? previous + word : previous + " " + word };
        }
        else
        {
            parts.Add(new DiffPart(kind, word));
        }
    }

    // Words, and line ends as tokens of their own, so the items of a list stay on their own lines.
    [GeneratedRegex(@"\S+|\n")]
    private static partial Regex Tokens();
}
