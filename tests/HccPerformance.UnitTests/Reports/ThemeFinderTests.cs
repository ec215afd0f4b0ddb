using HccPerformance.Core.Reports;

namespace HccPerformance.UnitTests.Reports;

public sealed class ThemeFinderTests
{
    private static int nextId;

    private static ThemeEvidence Item(int department, string text, params ThemeLink[] links) =>
        new(Interlocked.Increment(ref nextId), department, $"Department {department}", "Area for improvement", text, links);

    [Fact]
    public void Items_from_two_departments_linked_to_the_same_plan_area_are_a_candidate()
    {
        var area = new ThemeLink("PlanArea", 7, "Older people's independence");
        var a = Item(1, "Reablement places short", area);
        var b = Item(2, "Falls prevention behind", area);
        var c = Item(3, "Library opening hours", new ThemeLink("PlanArea", 8, "Culture"));

        var themes = ThemeFinder.Find([a, b, c]);

        var theme = Assert.Single(themes, t => t.Key == "link:PlanArea:7");
        Assert.Equal("Plan area: Older people's independence", theme.Title);
        Assert.Equal([a.ItemId, b.ItemId], theme.Evidence.Select(e => e.ItemId));
        Assert.Equal(["Department 1", "Department 2"], theme.Departments);
        Assert.DoesNotContain(themes, t => t.Key == "link:PlanArea:8");
    }

    [Fact]
    public void Links_within_one_department_are_not_a_common_theme()
    {
        var risk = new ThemeLink("Risk", 3, "CR3 Recruitment");

        var themes = ThemeFinder.Find([Item(1, "Vacancies in social work", risk), Item(1, "Agency staff costs", risk)]);

        Assert.DoesNotContain(themes, t => t.Key.StartsWith("link:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shared_phrase_matches_across_plurals_and_stop_words()
    {
        var a = Item(1, "Delayed transfers of care from hospital rose again");
        var b = Item(2, "We share the delayed transfer problem with the NHS");
        var c = Item(3, "Road maintenance backlog grew");

        var themes = ThemeFinder.Find([a, b, c]);

        var theme = Assert.Single(themes, t => t.Key == "words:delayed transfer");
        Assert.Equal("Shared wording: \u201cdelayed transfers\u201d", theme.Title);
        Assert.Equal(2, theme.Evidence.Count);
        Assert.DoesNotContain(themes, t => t.Evidence.Any(e => e.ItemId == c.ItemId));
    }

    [Fact]
    public void Words_every_assessment_uses_are_not_a_theme()
    {
        var themes = ThemeFinder.Find([
            Item(1, "Service performance continues to improve"),
            Item(2, "Performance of the service improved this quarter"),
            Item(3, "Our services performance improving in the council")]);

        Assert.Empty(themes);
    }

    [Fact]
    public void One_long_word_needs_three_departments_and_adds_nothing_beside_a_phrase_with_the_same_items()
    {
        var two = ThemeFinder.Find([Item(1, "Recruitment is hard"), Item(2, "Recruitment drive launched")]);
        Assert.Empty(two);

        var three = ThemeFinder.Find([Item(1, "Recruitment is hard"), Item(2, "Recruitment drive launched"), Item(3, "Difficult recruitment of planners")]);
        var theme = Assert.Single(three);
        Assert.Equal("word:recruitment", theme.Key);
        Assert.Equal(3, theme.Departments.Count);

        var phrase = ThemeFinder.Find([Item(1, "Winter gritting overspent"), Item(2, "Winter gritting routes cut"), Item(3, "Winter gritting depots")]);
        Assert.Equal(["words:winter gritting"], phrase.Select(t => t.Key));
    }

    [Fact]
    public void A_candidate_with_exactly_the_items_of_a_link_theme_is_not_repeated()
    {
        var indicator = new ThemeLink("Indicator", 12, "NI 130 Social care clients receiving self-directed support");
        var themes = ThemeFinder.Find([Item(1, "Personal budgets slower than planned", indicator), Item(2, "Personal budgets for carers", indicator)]);

        Assert.Equal(["link:Indicator:12"], themes.Select(t => t.Key));
    }

    [Theory]
    [InlineData("transfers", "transfer")]
    [InlineData("authorities", "authority")]
    [InlineData("business", "business")]
    [InlineData("status", "status")]
    [InlineData("bus", "bus")]
    public void Plurals_match_their_singular(string word, string stem) => Assert.Equal(stem, ThemeFinder.Stem(word));
}
