using System.Collections.Concurrent;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace HccPerformance.BrowserTests.Infrastructure;

/// <summary>axe-core over the page as it is now, for WCAG 2.2 AA (the A and AA rules of 2.0, 2.1 and 2.2).</summary>
public static class Accessibility
{
    private static AxeRunOptions Options => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        // Only violations are read, so axe need not gather every passing element (its documented way to run faster).
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>
    /// What axe found on each page already checked in this run, by the page's content. axe's answer depends only on the
    /// page's markup, its style sheets (the same for every page) and the window's size, and the browser tests reach the
    /// same page in the same state many times (each person's home page, a list before and after another test's change),
    /// so an identical page is answered from here: axe costs about a second of processor time a page.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> Checked = new();

    /// <summary>
    /// The page's content as axe sees it, hashed: the markup without what changes on every request and axe ignores
    /// (hidden inputs' values such as antiforgery and form tokens; script nonces), with the window's size.
    /// </summary>
    private const string ContentKeyScript = """
        () => {
          const copy = document.documentElement.cloneNode(true);
          copy.querySelectorAll('input[type=hidden]').forEach(i => i.removeAttribute('value'));
          copy.querySelectorAll('[nonce]').forEach(e => e.removeAttribute('nonce'));
          const text = copy.outerHTML;
          let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
          for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            h1 = Math.imul(h1 ^ c, 2654435761);
            h2 = Math.imul(h2 ^ c, 1597334677);
          }
          h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
          h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
          return [location.pathname, innerWidth, innerHeight, text.length, h1 >>> 0, h2 >>> 0].join(':');
        }
        """;

    /// <summary>What axe finds wrong on the page, described so a failure says what to fix; null when nothing.</summary>
    public static async Task<string?> FindViolationsAsync(IPage page, string what)
    {
        var key = await page.EvaluateAsync<string>(ContentKeyScript);
        if (Checked.TryGetValue(key, out var found))
        {
            return found.Length == 0 ? null : $"{what}: {found}";
        }

        var violations = await RunAxeAsync(page, what);
        Checked[key] = violations ?? "";
        return violations;
    }

    private static async Task<string?> RunAxeAsync(IPage page, string what)
    {
        var results = await page.RunAxe(Options);
        Assert.True(results.Passes.Length > 0, $"axe checked nothing on {what} ({page.Url}): is the page empty?");
        if (results.Violations.Length == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        text.AppendLine($"{what} ({page.Url}) has {results.Violations.Length} accessibility violation(s):");
        foreach (var violation in results.Violations)
        {
            text.AppendLine($"  - {violation.Id} [{violation.Impact}]: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes.Take(3))
            {
                text.AppendLine($"      at {node.Target}: {node.Html}");
            }

            if (violation.Nodes.Length > 3)
            {
                text.AppendLine($"      and {violation.Nodes.Length - 3} more element(s)");
            }
        }

        return text.ToString();
    }

    /// <summary>Fails the test with every violation axe finds on the page.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var violations = await FindViolationsAsync(page, what);
        Assert.True(violations is null, violations);
    }
}

/// <summary>
/// Checks many pages and reports every page's problems together at the end, so one defect does not hide others.
/// A page that cannot be reached as expected is reported with what the site logged, and not checked further.
/// </summary>
public sealed class PageChecks(BrowserSession browser)
{
    private readonly List<string> failures = [];

    /// <summary>Reaches a page (navigating and checking it is the right one), then runs axe on it.</summary>
    public async Task PageAsync(string what, Func<Task> reach)
    {
        try
        {
            await reach();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
        {
            var described = BrowserSession.Describe(ex);
            if (!described.Contains("The site logged", StringComparison.Ordinal))
            {
                described += Environment.NewLine + browser.ServerErrorsSinceNavigation;
            }

            failures.Add($"{what} ({browser.Page.Url}) is not as expected: {described}");
            return;
        }

        if (await Accessibility.FindViolationsAsync(browser.Page, what) is { } violations)
        {
            failures.Add(violations);
        }
    }

    public void AssertAllPassed() =>
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
}
