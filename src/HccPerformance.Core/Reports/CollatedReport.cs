using HccPerformance.Core.Common;

namespace HccPerformance.Core.Reports;

/// <summary>
/// The Head of Improvement's working copy of the corporate performance report for one reporting period (seed 4.19):
/// the overview (key issues, common themes, cross-cutting issues, challenge per department) and what was decided about
/// the candidate themes and the areas of concern pulled in by exception. Issuing freezes it into an <see cref="IssuedReport"/>.
/// </summary>
public class CollatedReport : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private readonly List<CommonTheme> themes = [];
    private readonly List<DepartmentChallenge> challenges = [];
    private readonly List<ThemeDecision> themeDecisions = [];
    private readonly List<ExceptionDecision> exceptionDecisions = [];

    private CollatedReport() { }

    public CollatedReport(int reportingPeriodId) => ReportingPeriodId = reportingPeriodId;

    public int ReportingPeriodId { get; private set; }
    public string KeyIssues { get; private set; } = "";
    public string CrossCuttingIssues { get; private set; } = "";
    public IReadOnlyList<CommonTheme> Themes => themes;
    public IReadOnlyList<DepartmentChallenge> Challenges => challenges;
    public IReadOnlyList<ThemeDecision> ThemeDecisions => themeDecisions;
    public IReadOnlyList<ExceptionDecision> ExceptionDecisions => exceptionDecisions;

    /// <summary>
    /// Saves the overview as the form shows it: the themes already accepted keep their place (the form cannot add one;
    /// accepting a candidate does), a theme whose title is cleared is taken out.
    /// </summary>
    public void WriteOverview(string? keyIssues, string? crossCuttingIssues, IReadOnlyDictionary<int, string?> challengeByDepartment,
        IReadOnlyDictionary<int, (string? Title, string? Text)> themeById)
    {
        KeyIssues = Within(keyIssues, ReportLimits.OverviewText, "KeyIssues", "Key issues");
        CrossCuttingIssues = Within(crossCuttingIssues, ReportLimits.OverviewText, "CrossCuttingIssues", "Cross-cutting issues");
        foreach (var (departmentId, text) in challengeByDepartment)
        {
            var words = Within(text, ReportLimits.Challenge, $"Challenges[{departmentId}]", "The challenge");
            var current = challenges.SingleOrDefault(c => c.DepartmentId == departmentId);
            if (current is null && words.Length > 0)
            {
                challenges.Add(new DepartmentChallenge(departmentId, words));
            }
            else if (current is not null && words.Length == 0)
            {
                challenges.Remove(current);
            }
            else
            {
                current?.Rewrite(words);
            }
        }

        foreach (var theme in themes.ToList())
        {
            if (!themeById.TryGetValue(theme.Id, out var edited))
            {
                continue;
            }

            var title = Within(edited.Title, ReportLimits.ThemeTitle, $"ThemeTitles[{theme.Id}]", "A theme's title");
            var text = Within(edited.Text, ReportLimits.ThemeText, $"ThemeTexts[{theme.Id}]", "A theme's text");
            if (title.Length == 0)
            {
                themes.Remove(theme);
            }
            else
            {
                theme.Rewrite(title, text);
            }
        }
    }

    /// <summary>Takes a candidate theme into the overview, in the Head of Improvement's words; the decision is kept.</summary>
    public void AcceptTheme(string key, string? title, string? text)
    {
        var heading = Within(title, ReportLimits.ThemeTitle, "Title", "The theme's title");
        if (heading.Length == 0)
        {
            throw new DomainException("Give the theme a title", "Title");
        }

        var words = Within(text, ReportLimits.ThemeText, "Text", "The theme's text");
        if (words.Length == 0)
        {
            throw new DomainException("Say what the theme is, for the overview", "Text");
        }

        Decide(key, accepted: true);
        themes.Add(new CommonTheme(heading, words, themes.Count == 0 ? 0 : themes.Max(t => t.Position) + 1, key));
    }

    /// <summary>Sets a candidate aside: it stays ignored however often the candidates are found again.</summary>
    public void IgnoreTheme(string key) => Decide(key, accepted: false);

    /// <summary>Lets an ignored candidate be considered again.</summary>
    public void Reconsider(string key) => themeDecisions.RemoveAll(d => d.Key == key);

    /// <summary>Keeps an area of concern in the overview in the Head of Improvement's words.</summary>
    public void KeepException(string key, string? title, string? text)
    {
        var heading = Within(title, ReportLimits.ThemeTitle, "Title", "The title");
        if (heading.Length == 0)
        {
            throw new DomainException("Give the area of concern a title", "Title");
        }

        var words = Within(text, ReportLimits.ThemeText, "Text", "The text");
        Exception(key).Keep(heading, words);
    }

    public void DropException(string key) => Exception(key).Drop();

    /// <summary>Back to the words the concern or the dashboard gives.</summary>
    public void RestoreException(string key) => exceptionDecisions.RemoveAll(d => d.Key == key);

    private ExceptionDecision Exception(string key)
    {
        var decision = exceptionDecisions.SingleOrDefault(d => d.Key == key);
        if (decision is null)
        {
            decision = new ExceptionDecision(Key(key));
            exceptionDecisions.Add(decision);
        }

        return decision;
    }

    private void Decide(string key, bool accepted)
    {
        var existing = themeDecisions.SingleOrDefault(d => d.Key == key);
        if (existing is not null)
        {
            existing.Change(accepted);
        }
        else
        {
            themeDecisions.Add(new ThemeDecision(Key(key), accepted));
        }
    }

    private static string Key(string key) =>
        string.IsNullOrWhiteSpace(key) || key.Length > ReportLimits.DecisionKey ? throw new DomainException("That candidate is not known: reload the page.") : key;

    private static string Within(string? text, int limit, string field, string what)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length > limit
            ? throw new DomainException($"{what} must be {limit:N0} characters or fewer (it has {trimmed.Length:N0})", field)
            : trimmed;
    }
}
