using HccPerformance.Documents.Reports;
using HccPerformance.Documents.Word;

namespace HccPerformance.UnitTests.Documents;

/// <summary>Issue 20: the Word version of the corporate performance report, read back with the Open XML SDK.</summary>
public sealed class CorporateReportWordTests
{
    private static readonly CorporateReportContent Sample = SampleReport.TwelveDepartments();
    private static readonly Lazy<WordFile> SampleFile = new(() => new WordFile(CorporateReportWord.Render(Sample)));

    [Fact]
    public void The_file_passes_the_Open_XML_validator()
    {
        Assert.Empty(SampleFile.Value.ValidationErrors);
    }

    [Fact]
    public void Headings_carry_Word_heading_styles_1_to_3_in_the_reports_order()
    {
        var file = SampleFile.Value;

        Assert.Equal(
            ["Overview by the Head of Improvement", "Corporate Dashboard summary", "Departments' self-assessments",
                "Corporate Improvement Plan: status by theme", "Areas of concern and interventions"],
            file.Headings.Where(h => h.Level == 1).Select(h => h.Text));
        Assert.Equal(
            ["Key issues", "Common themes", "Cross-cutting issues", "Challenge to departments", "Areas of concern for CMT, by exception"],
            Between(file, "Overview by the Head of Improvement", "Corporate Dashboard summary").Where(h => h.Level == 2).Select(h => h.Text));
        Assert.Equal(
            Sample.Departments.Select(d => d.Received ? d.Department : $"{d.Department} (not received)"),
            Between(file, "Departments' self-assessments", "Corporate Improvement Plan: status by theme").Where(h => h.Level == 2).Select(h => h.Text));
        Assert.Equal(
            Sample.Plan.Select(t => t.Theme),
            Between(file, "Corporate Improvement Plan: status by theme", "Areas of concern and interventions").Where(h => h.Level == 2).Select(h => h.Text));
        Assert.Equal(
            Sample.Overview.CommonThemes.Select(t => t.Title),
            Between(file, "Common themes", "Cross-cutting issues").Select(h => h.Text));
        var firstDepartment = Between(file, "Departments' self-assessments", "Corporate Improvement Plan: status by theme")
            .SkipWhile(h => h.Text != Sample.Departments[0].Department).Skip(1).TakeWhile(h => h.Level == 3).Select(h => h.Text).ToList();
        Assert.Equal(
            ["Overall statement", "Key strengths", "Areas for improvement", "Outstanding risks", "How these are being addressed",
                "Trade-offs made to balance the budget", "Executive Member's comment", "Head of Improvement's annotations", "Areas of concern and interventions"],
            firstDepartment);

        // Never a level skipped going down, so the navigation pane nests them; the styles give Word the outline levels.
        Assert.Equal(1, file.Headings[0].Level);
        Assert.All(file.Headings.Zip(file.Headings.Skip(1)), pair => Assert.True(pair.Second.Level <= pair.First.Level + 1, $"\"{pair.Second.Text}\" skips a level."));
        Assert.Equal(new Dictionary<string, int?> { ["Heading1"] = 0, ["Heading2"] = 1, ["Heading3"] = 2 }, file.HeadingOutlineLevels);
    }

    [Fact]
    public void The_contents_list_the_sections_departments_and_themes_as_links_in_a_contents_field()
    {
        var file = SampleFile.Value;

        var contents = file.Paragraphs.Where(p => p.Style is "TOC1" or "TOC2").Select(p => p.Text).ToList();
        Assert.Equal(file.Headings.Where(h => h.Level <= 2 && !Sample.Concerns.Any(c => c.Title == h.Text)).Select(h => h.Text), contents);
        Assert.Equal(5 + 5 + Sample.Departments.Count + Sample.Plan.Count, contents.Count);
    }

    [Fact]
    public void Every_table_has_a_header_row_marked_as_header()
    {
        var file = SampleFile.Value;

        Assert.Equal(2 + Sample.Plan.Count + Sample.Concerns.Count(c => c.Interventions.Count > 0), file.Tables.Count);
        Assert.All(file.Tables, table => Assert.True(WordFile.HasHeaderRow(table)));
        Assert.Equal(["Tile", "Red", "Amber", "Green", "No data", "Summary"], file.TableRows[0][0]);
        Assert.Equal(["LAA", "4", "9", "18", "4", "Demo: 4 of 35 LAA indicators red, down from 6 last quarter."], file.TableRows[0][1]);
    }

    [Fact]
    public void Every_chart_bar_is_a_PNG_with_its_figures_in_words_as_alternative_text_and_the_table_gives_the_same_figures()
    {
        var file = SampleFile.Value;

        Assert.Equal(Sample.Dashboard.Tiles.Count + Sample.Plan.Count, file.AlternativeTexts.Count);
        Assert.All(file.ImageTypes, type => Assert.Equal("image/png", type));
        Assert.All(file.AlternativeTexts, alt => Assert.False(string.IsNullOrWhiteSpace(alt)));
        Assert.Equal("NIS: 31 red, 48 amber, 97 green, 24 no data.", file.AlternativeTexts[1]);
        Assert.Contains(file.TableRows, rows => rows.Any(r => r.SequenceEqual(["NIS", "31", "48", "97", "24", Sample.Dashboard.Tiles[1].Summary])));
        var theme = Sample.Plan[0];
        Assert.Equal($"{theme.Theme}: {theme.Red} red, {theme.Amber} amber, {theme.Green} green, {theme.NoData} no data.", file.AlternativeTexts[Sample.Dashboard.Tiles.Count]);
    }

    [Fact]
    public void Its_text_read_in_order_holds_every_departments_statement_word_for_word()
    {
        var text = SampleFile.Value.Text;

        var at = 0;
        foreach (var department in Sample.Departments.Where(d => d.Received))
        {
            var found = text.IndexOf(department.OverallStatement, at, StringComparison.Ordinal);
            Assert.True(found > at, $"{department.Department}'s statement is missing or out of order.");
            at = found;
            foreach (var item in department.Strengths.Concat(department.AreasForImprovement).Concat(department.Risks).Concat(department.Actions))
            {
                Assert.Contains(item.Text, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Lists_are_Word_lists_and_the_annotations_are_numbered_as_the_marks_by_their_items()
    {
        var file = SampleFile.Value;
        var department = Sample.Departments[0];

        foreach (var item in department.Strengths.Where(i => i.Annotations.Count == 0))
        {
            Assert.Contains(item.Text, file.ListParagraphs);
        }
        var annotated = department.Strengths.Select((item, i) => (item, i)).First(x => x.item.Annotations.Count > 0);
        Assert.Contains($"{annotated.item.Text} [1]", file.ListParagraphs);
        Assert.Contains($"Key strength {annotated.i + 1}: {annotated.item.Annotations[0]}", file.ListParagraphs);
    }

    [Fact]
    public void The_marking_is_in_header_and_footer_the_title_in_the_properties_and_the_language_en_GB()
    {
        var file = SampleFile.Value;

        Assert.Contains("OFFICIAL", file.Header, StringComparison.Ordinal);
        Assert.Contains("Hampshire County Council (demo)", file.Header, StringComparison.Ordinal);
        Assert.StartsWith("OFFICIAL", file.Footer, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", file.Footer, StringComparison.Ordinal); // the fields' placeholders: Word counts the pages
        Assert.Equal("Corporate performance report: Quarter 1 2026/27 (April to June 2026)", file.Title);
        Assert.Equal("en-GB", file.Language);
        Assert.Equal("en-GB", file.StyleLanguage);
        Assert.Equal("en-GB", file.SettingsLanguage);
        Assert.Contains("Protective marking: OFFICIAL", file.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demo_report_says_DEMO_in_header_footer_and_title_and_OFFICIAL_nowhere()
    {
        var file = new WordFile(CorporateReportWord.Render(Sample with { Demo = true }));

        Assert.StartsWith("DEMO", file.Header, StringComparison.Ordinal);
        Assert.StartsWith("DEMO", file.Footer, StringComparison.Ordinal);
        Assert.StartsWith("DEMO: ", file.Title, StringComparison.Ordinal);
        Assert.Contains(CorporateReportPdf.DemoCover, file.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("OFFICIAL", file.Header + file.Footer + file.Text, StringComparison.Ordinal);
        Assert.Empty(file.ValidationErrors);
    }

    [Fact]
    public void Text_outside_the_PDFs_font_is_kept_as_typed_and_what_XML_cannot_hold_never_breaks_the_file()
    {
        var department = SampleReport.Department("Adult Services 😀", 0) with { OverallStatement = "Statement مرحبا بكم and 中文 text 😀 end.\u0001 Bell\u0007 half \ud83d pair." };
        var content = Sample with
        {
            Departments = [department],
            Overview = Sample.Overview with { KeyIssues = "Key 中文 issues 👍🏽 here and שלום there.\r\nSecond line\ttabbed." },
            Dashboard = new([new DashboardTileSummary("NIS 中文", 1, 2, 3, 4, "Summary 😀")]),
            Plan = [new PlanThemeStatus("Theme مرحبا", 1, 0, 0, 0, [new PlanAreaStatus("Area 中文", "Red", "Lead 😀")])],
            Concerns = [new ConcernSummary("Concern 😀", "Adult Services 😀", "Open", [new InterventionSummary("Visit 中文", "Officer مرحبا", "Amber", null)])],
        };

        var file = new WordFile(CorporateReportWord.Render(content));

        Assert.Empty(file.ValidationErrors);
        Assert.Contains("Statement مرحبا بكم and 中文 text 😀 end.\uFFFD Bell\uFFFD half \uFFFD pair.", file.Text, StringComparison.Ordinal);
        Assert.Contains("Key 中文 issues 👍🏽 here and שלום there. Second line tabbed.", file.Text, StringComparison.Ordinal);
        Assert.Contains(("Adult Services 😀", 2), file.Headings.Select(h => (h.Text, h.Level)));
        Assert.Contains("Theme مرحبا", file.Text, StringComparison.Ordinal);
        Assert.Contains("Visit 中文", file.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_300_character_word_is_kept_whole_wherever_it_is_and_tables_keep_their_fixed_widths()
    {
        var word = string.Concat(Enumerable.Repeat("ŋabcdefghi", 30));
        var department = SampleReport.Department("Adult Services", 0) with
        {
            OverallStatement = $"Before {word} after.",
            Strengths = [new AnnotatedItem(word, [word])],
        };
        var content = Sample with
        {
            Departments = [department],
            Overview = Sample.Overview with { KeyIssues = word, CommonThemes = [new TitledText(word, word)] },
            Dashboard = new([new DashboardTileSummary(word, 1, 2, 3, 4, word)]),
            Plan = [new PlanThemeStatus("Theme", 1, 0, 0, 0, [new PlanAreaStatus(word, "Red", word)])],
            Concerns = [new ConcernSummary(word, null, "Open", [new InterventionSummary(word, word, "Amber", word)])],
        };

        var file = new WordFile(CorporateReportWord.Render(content));

        Assert.Empty(file.ValidationErrors);
        // Every placement keeps all 300 characters: the overview's three (key issues, a theme's title and text), the
        // dashboard's three (the bar's label, the table's title and summary), the department's three (statement, item,
        // annotation), the plan's two (area, lead) and the concern's four (title, intervention, officer, report-back).
        Assert.Equal(3 + 3 + 3 + 2 + 4, CountOf(file.Text, word));
        Assert.All(file.Tables, t => Assert.Equal("fixed", t.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableProperties>()!
            .GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableLayout>()!.Type!.ToString()));
    }

    [Fact]
    public void An_empty_report_says_so_in_each_section_and_a_department_not_received_says_so()
    {
        var empty = new WordFile(CorporateReportWord.Render(Sample with
        {
            Overview = new ReportOverview("", [], "", [], []),
            Dashboard = new([]),
            Departments = [],
            Concerns = [],
            Plan = [],
        }));
        var notReceived = Sample.Departments[SampleReport.NotReceivedIndex];
        var full = SampleFile.Value;

        Assert.Empty(empty.ValidationErrors);
        Assert.Contains("No common themes this period.", empty.Text, StringComparison.Ordinal);
        Assert.Contains("The dashboard had no tiles for this period.", empty.Text, StringComparison.Ordinal);
        Assert.Contains("There is no current Corporate Improvement Plan.", empty.Text, StringComparison.Ordinal);
        Assert.Contains("There were no areas of concern in this period.", empty.Text, StringComparison.Ordinal);
        Assert.Empty(empty.AlternativeTexts);
        var section = full.Text[full.Text.IndexOf($"{notReceived.Department} (not received)\nSelf-assessment", StringComparison.Ordinal)..];
        Assert.StartsWith($"{notReceived.Department} (not received)\nSelf-assessment, {Sample.Period}. Chief Officer: {notReceived.ChiefOfficer}. Status: With the Executive Member.\nNot received\n",
            section, StringComparison.Ordinal);
    }

    private static List<(int Level, string Text)> Between(WordFile file, string from, string to)
    {
        var start = file.Headings.FindIndex(h => h.Text == from);
        var end = file.Headings.FindIndex(start + 1, h => h.Text == to);
        Assert.True(start >= 0 && end > start, $"No headings between \"{from}\" and \"{to}\".");
        return file.Headings.GetRange(start + 1, end - start - 1);
    }

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
