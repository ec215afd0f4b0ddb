using System.Text.RegularExpressions;
using HccPerformance.Core.Data.Seeding;

namespace HccPerformance.UnitTests.ImprovementPlan;

/// <summary>The seeded plan against section 5.8 of the reference document (kept in docs/reference), read here on its own.</summary>
public sealed partial class PlanSeedTests
{
    [Fact]
    public void The_plan_has_the_three_themes_and_32_areas_of_section_5_8_word_for_word()
    {
        var expected = ReadSection58();
        var plan = ImprovementPlanSeed.Build();

        Assert.Equal(3, plan.Themes.Count);
        Assert.Equal(32, plan.Areas.Count);
        Assert.Equal([12, 13, 7], plan.Themes.Select(t => plan.Areas.Count(a => a.ThemeNumber == t.Number)));
        Assert.Equal(["Increasing Customer/Community Focus", "Reducing Inequalities", "Improving Capacity to Deliver"], plan.Themes.Select(t => t.Name));
        Assert.Equal("What People Want", plan.Themes[0].Subtitle);
        Assert.Equal(expected, plan.Areas.Select(a => (a.ThemeNumber, a.ShortName, a.Description)).ToList());
    }

    [Fact]
    public void Culture_and_recreation_keeps_its_two_points_and_safeguarding_is_two_areas()
    {
        var plan = ImprovementPlanSeed.Build();

        var culture = Assert.Single(plan.Areas, a => a.ShortName == "Culture & recreation");
        Assert.Equal(
            "Widen services to older people, including access, wellbeing & adult learning\nGrow offer to young people universally to improve wellbeing (in addition to intervention services)",
            culture.Description);
        var safeguarding = plan.Areas.Where(a => a.ShortName == "Safeguarding").ToList();
        Assert.Equal(2, safeguarding.Count);
        Assert.Contains(safeguarding, a => a.Description == "Secure child safeguarding, specifically repeat child protection plans");
        Assert.Contains(safeguarding, a => a.Description == "Improve the number of adults referred & Board membership");
        Assert.Equal(2008, plan.StartYear);
        Assert.Equal(2011, plan.EndYear);
    }

    private static List<(int Theme, string Name, string Description)> ReadSection58()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "reference", "driving-success-2008.md"));
        var section = text[text.IndexOf("## 1. Increasing Customer/Community Focus", StringComparison.Ordinal)..text.IndexOf("## 6.0 Conclusion", StringComparison.Ordinal)];
        var areas = new List<(int, string, string)>();
        var theme = 0;
        foreach (var line in section.Split('\n'))
        {
            if (ThemeLine().Match(line) is { Success: true } t)
            {
                theme = int.Parse(t.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (AreaLine().Match(line) is { Success: true } a)
            {
                areas.Add((theme, a.Groups[1].Value.Trim(), a.Groups[2].Value.Trim()));
            }
            else if (SubPoint().Match(line) is { Success: true } s)
            {
                var last = areas[^1];
                areas[^1] = (last.Item1, last.Item2, last.Item3.Length == 0 ? s.Groups[1].Value.Trim() : last.Item3 + "\n" + s.Groups[1].Value.Trim());
            }
        }

        return areas;
    }


    [GeneratedRegex(@"^## (\d)\. ")]
    private static partial Regex ThemeLine();

    [GeneratedRegex(@"^- \*\*(.+?):\*\*\s*(.*)$")]
    private static partial Regex AreaLine();

    [GeneratedRegex(@"^  - (.+)$")]
    private static partial Regex SubPoint();
}
