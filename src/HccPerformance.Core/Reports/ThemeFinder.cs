using System.Text.RegularExpressions;

namespace HccPerformance.Core.Reports;

/// <summary>
/// Finds candidate common themes in a period's self-assessments (seed 4.19), so the overview starts from evidence rather
/// than a blank page. Two kinds of evidence, both needing items from at least two departments:
/// <list type="number">
/// <item>the items link to the same indicator, corporate risk or improvement-plan area;</item>
/// <item>the items share wording: a phrase of two meaningful words in a row (stop words and the words every
/// self-assessment uses, such as "service" or "performance", are skipped, and a plural counts as its singular, so
/// "delayed transfers of care" and "delayed transfer" match), or a single meaningful word of six letters or more used by
/// at least three departments.</item>
/// </list>
/// A single word already covered by a shared phrase with the same items adds nothing and is dropped, as is any candidate
/// whose items are exactly those of one found before it (links first, then phrases, then words).
/// </summary>
public static partial class ThemeFinder
{
    public const int MinimumDepartments = 2;
    public const int MinimumDepartmentsForOneWord = 3;
    public const int MinimumWordLength = 6;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // English function words.
        "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "down", "due", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
        "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less", "made",
        "make", "many", "may", "me", "more", "most", "much", "must", "my", "new", "no", "nor", "not", "now", "of", "off", "on",
        "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "per", "same", "she", "should", "since", "so",
        "some", "still", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "three", "through", "to", "too", "two", "under", "until", "up", "upon", "us", "very", "was", "we", "well", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within", "without", "would", "yet", "you",
        "your", "next", "last", "first", "second", "third", "fourth", "year", "years", "month", "months", "week", "weeks",
        // Words every self-assessment uses: sharing them says nothing about a theme.
        "council", "county", "service", "services", "performance", "department", "departments", "quarter", "quarters",
        "improve", "improved", "improving", "improvement", "improvements", "work", "working", "continue", "continued",
        "continuing", "remain", "remains", "remained", "good", "better", "strong", "key", "area", "areas", "target", "targets",
        "plan", "plans", "planned", "risk", "risks", "action", "actions", "budget", "against", "ahead", "behind", "place",
        "including", "increase", "increased", "reduce", "reduced", "level", "levels", "people", "team", "teams", "staff",
        "demo", "hampshire", "review", "reviewed", "support", "supported", "supporting", "programme", "programmes", "number",
        "numbers", "schedule", "scheduled", "agree", "agreed", "agreeing", "fallen", "fall", "rise", "risen", "rising", "progress",
        "position", "overall", "following", "provide", "provided", "provision", "expected", "current", "currently", "recent",
        "recently", "increasing", "deliver", "delivered", "delivery", "ensure", "ensuring", "local", "locally", "national",
        // When something happens is not what it is about.
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "spring", "summer", "autumn", "annual", "quarterly", "monthly",
    };

    public static IReadOnlyList<CandidateTheme> Find(IEnumerable<ThemeEvidence> items)
    {
        var all = items.ToList();
        var found = new List<CandidateTheme>();

        foreach (var group in all.SelectMany(i => i.Links.Select(l => (Link: l, Item: i)))
                     .GroupBy(x => (x.Link.Type, x.Link.Id)))
        {
            var evidence = Distinct(group.Select(g => g.Item));
            if (DepartmentCount(evidence) >= MinimumDepartments)
            {
                var link = group.First().Link;
                found.Add(new CandidateTheme($"link:{link.Type}:{link.Id}", $"{TypeName(link.Type)}: {link.Name}",
                    $"Items from {DepartmentCount(evidence)} departments are about this {TypeName(link.Type).ToLowerInvariant()}.", evidence));
            }
        }

        var words = all.Select(i => (Item: i, Words: Meaningful(i.Text))).ToList();
        var phrases = words
            .SelectMany(w => w.Words.Zip(w.Words.Skip(1)).Select(p => (Key: $"{p.First.Stem} {p.Second.Stem}", Shown: $"{p.First.Shown} {p.Second.Shown}", w.Item)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Shown: g.First().Shown, Evidence: Distinct(g.Select(x => x.Item))))
            .Where(p => DepartmentCount(p.Evidence) >= MinimumDepartments)
            .OrderByDescending(p => DepartmentCount(p.Evidence)).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        found.AddRange(phrases.Select(p => new CandidateTheme($"words:{p.Key}", $"Shared wording: \u201c{p.Shown}\u201d",
            $"Items from {DepartmentCount(p.Evidence)} departments use these words.", p.Evidence)));

        var single = words
            .SelectMany(w => w.Words.Where(x => x.Stem.Length >= MinimumWordLength).Select(x => (x.Stem, x.Shown, w.Item)))
            .GroupBy(x => x.Stem, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Shown: g.First().Shown, Evidence: Distinct(g.Select(x => x.Item))))
            .Where(x => DepartmentCount(x.Evidence) >= MinimumDepartmentsForOneWord)
            .Where(x => !phrases.Any(p => p.Key.Split(' ').Contains(x.Key) && SameItems(p.Evidence, x.Evidence)))
            .OrderByDescending(x => DepartmentCount(x.Evidence)).ThenBy(x => x.Key, StringComparer.Ordinal);
        found.AddRange(single.Select(x => new CandidateTheme($"word:{x.Key}", $"Shared wording: \u201c{x.Shown}\u201d",
            $"Items from {DepartmentCount(x.Evidence)} departments use this word.", x.Evidence)));

        var kept = new List<CandidateTheme>();
        foreach (var candidate in found)
        {
            if (!kept.Any(k => SameItems(k.Evidence, candidate.Evidence)))
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }

    /// <summary>The meaningful words of a text in order, each with its matching form (lower case, singular) and as written.</summary>
    public static IReadOnlyList<(string Stem, string Shown)> Meaningful(string text) =>
        [.. Word().Matches(text)
            .Select(m => (Lower: m.Value.ToLowerInvariant(), Shown: m.Value))
            .Where(w => w.Lower.Length > 2 && !StopWords.Contains(w.Lower) && !w.Lower.All(char.IsDigit))
            .Select(w => (Stem(w.Lower), w.Shown.ToLowerInvariant()))
            .Where(w => !StopWords.Contains(w.Item1))];

    /// <summary>A plain singular: "transfers" → "transfer", "authorities" → "authority"; never "business" → "busines".</summary>
    public static string Stem(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) ? word[..^1]
        : word;

    private static string TypeName(string type) => type switch
    {
        "PlanArea" => "Plan area",
        "Indicator" => "Indicator",
        "Risk" => "Corporate risk",
        _ => type,
    };

    private static List<ThemeEvidence> Distinct(IEnumerable<ThemeEvidence> items) =>
        [.. items.DistinctBy(i => i.ItemId).OrderBy(i => i.Department, StringComparer.Ordinal).ThenBy(i => i.ItemId)];

    private static int DepartmentCount(IEnumerable<ThemeEvidence> items) => items.Select(i => i.DepartmentId).Distinct().Count();

    private static bool SameItems(IReadOnlyList<ThemeEvidence> a, IReadOnlyList<ThemeEvidence> b) =>
        a.Count == b.Count && a.Select(i => i.ItemId).ToHashSet().SetEquals(b.Select(i => i.ItemId));

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'\-]*")]
    private static partial Regex Word();
}
