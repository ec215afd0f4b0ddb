using HccPerformance.Core.Common;
using HccPerformance.Core.Reports;

namespace HccPerformance.UnitTests.Reports;

public sealed class CollatedReportTests
{
    private static readonly Dictionary<int, (string?, string?)> NoThemes = [];

    [Fact]
    public void An_accepted_theme_joins_the_overview_and_the_decision_is_kept()
    {
        var report = new CollatedReport(1);

        report.AcceptTheme("words:winter gritting", "Winter gritting", "Three departments say so.");
        report.IgnoreTheme("word:capacity");

        var theme = Assert.Single(report.Themes);
        Assert.Equal(("Winter gritting", "words:winter gritting"), (theme.Title, theme.SourceKey));
        Assert.Contains(report.ThemeDecisions, d => d.Key == "words:winter gritting" && d.Accepted);
        Assert.Contains(report.ThemeDecisions, d => d.Key == "word:capacity" && !d.Accepted);

        report.Reconsider("word:capacity");
        Assert.DoesNotContain(report.ThemeDecisions, d => d.Key == "word:capacity");
    }

    [Theory]
    [InlineData("", "Words", "Title", "Give the theme a title")]
    [InlineData("Title", " ", "Text", "Say what the theme is, for the overview")]
    public void A_theme_needs_a_title_and_words(string title, string text, string field, string message)
    {
        var report = new CollatedReport(1);

        var error = Assert.Throws<DomainException>(() => report.AcceptTheme("k", title, text));

        Assert.Equal((field, message), (error.Field, error.Message));
        Assert.Empty(report.Themes);
        Assert.Empty(report.ThemeDecisions);
    }

    [Fact]
    public void The_overview_names_the_field_that_is_too_long()
    {
        var report = new CollatedReport(1);

        var error = Assert.Throws<DomainException>(() => report.WriteOverview("Fine", "Fine",
            new Dictionary<int, string?> { [4] = new string('x', ReportLimits.Challenge + 1) }, NoThemes));

        Assert.Equal("Challenges[4]", error.Field);
        Assert.StartsWith("The challenge must be 2,000 characters or fewer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_challenge_removes_it_and_a_theme_cleared_of_its_title_leaves_the_overview()
    {
        var report = new CollatedReport(1);
        report.WriteOverview("Key", "Cross", new Dictionary<int, string?> { [4] = "Which figures?", [5] = "" }, NoThemes);
        Assert.Equal([4], report.Challenges.Select(c => c.DepartmentId));

        report.AcceptTheme("k", "Theme", "Words");
        report.WriteOverview("Key", "Cross", new Dictionary<int, string?> { [4] = " " }, new Dictionary<int, (string?, string?)> { [0] = ("", "Words") });

        Assert.Empty(report.Challenges);
        Assert.Empty(report.Themes);
    }

    [Fact]
    public void An_area_of_concern_is_kept_in_new_words_dropped_and_restored()
    {
        var report = new CollatedReport(1);

        report.KeepException("concern:3", "Delayed transfers", "In our words");
        Assert.Contains(report.ExceptionDecisions, d => d is { Key: "concern:3", Dropped: false, Title: "Delayed transfers", Text: "In our words" });
        report.DropException("concern:3");
        Assert.True(Assert.Single(report.ExceptionDecisions).Dropped);
        report.RestoreException("concern:3");
        Assert.Empty(report.ExceptionDecisions);
        Assert.Equal("Title", Assert.Throws<DomainException>(() => report.KeepException("red:x", " ", "Text")).Field);
    }

    [Fact]
    public void A_comment_must_be_written_and_short_enough()
    {
        Assert.Equal("Write the comment", Assert.Throws<DomainException>(() => new Annotation(1, null, null, "  ")).Message);
        Assert.Equal("Text", Assert.Throws<DomainException>(() => new Annotation(1, 2, "Item", new string('x', ReportLimits.Annotation + 1))).Field);
        var annotation = new Annotation(1, 2, "Item", " Which figures? ");
        Assert.Equal("Which figures?", annotation.Text);
    }
}
