using System.Globalization;
using HccPerformance.Documents.Reports;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace HccPerformance.UnitTests.Documents;

public sealed class CorporateReportPdfTests
{
    private static readonly CorporateReportContent Sample = SampleReport.TwelveDepartments();
    private static readonly Lazy<byte[]> SampleBytes = new(() => CorporateReportPdf.Render(Sample));

    private static readonly string[] Sections =
        ["Overview by the Head of Improvement", "Corporate Dashboard summary", "Corporate Improvement Plan: status by theme", "Areas of concern and interventions"];

    [Fact]
    public void The_twelve_department_report_runs_to_about_forty_pages_each_with_header_and_page_N_of_M()
    {
        using var pdf = PdfDocument.Open(SampleBytes.Value);

        Assert.InRange(pdf.NumberOfPages, 34, 46);
        foreach (var page in pdf.GetPages())
        {
            var words = PdfPages.Words(page);
            Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", words, StringComparison.Ordinal);
            Assert.Contains("Hampshire County Council (demo)", words, StringComparison.Ordinal);
            Assert.Contains("OFFICIAL", words, StringComparison.Ordinal);
            PdfPages.AssertInsideMargins(page);
        }
    }

    [Fact]
    public void The_cover_names_council_title_period_version_date_and_protective_marking()
    {
        using var pdf = PdfDocument.Open(SampleBytes.Value);

        var cover = PdfPages.ContentLines(pdf.GetPage(1));
        Assert.Contains("Hampshire County Council (demo)", cover);
        Assert.Contains("Corporate performance report", cover);
        Assert.Contains("Quarter 1 2026/27 (April to June 2026)", cover);
        Assert.Contains("Version 3", cover);
        Assert.Contains("Issued 21 Jul 2026", cover);
        Assert.Contains("Protective marking: OFFICIAL", cover);
        Assert.Equal("Corporate performance report: Quarter 1 2026/27 (April to June 2026)", pdf.Information.Title);
    }

    [Fact]
    public void Every_contents_entry_gives_the_page_its_heading_is_really_on()
    {
        using var pdf = PdfDocument.Open(SampleBytes.Value);
        var pages = pdf.GetPages().Select(PdfPages.ContentLines).ToList();
        var entries = Contents(pages[1]);

        var departmentTitles = Sample.Departments.Select(d => d.Received ? d.Department : $"{d.Department} (not received)").ToList();
        Assert.Equal(6 + 1 + 1 + Sample.Departments.Count + 1 + Sample.Plan.Count + 1, entries.Count);
        foreach (var (title, page) in entries)
        {
            Assert.InRange(page, 3, pdf.NumberOfPages);
            var lines = pages[page - 1];
            if (departmentTitles.IndexOf(title) is var d and >= 0)
            {
                Assert.True(IsDepartmentPage(lines, Sample.Departments[d].Department), $"Page {page} is not {title}'s.");
            }
            else if (title == "Departments' self-assessments")
            {
                Assert.True(IsDepartmentPage(lines, Sample.Departments[0].Department), $"Page {page} is not the first department's.");
            }
            else if (Sections.Contains(title))
            {
                Assert.Equal(title, lines[0]);
            }
            else
            {
                // A sub-heading: on that page, and on no page before it (past the contents).
                Assert.Contains(title, lines);
                Assert.DoesNotContain(pages.Skip(2).Take(page - 3), earlier => earlier.Contains(title));
            }
        }
        Assert.Equal(entries.Select(e => e.Page).Order(), entries.Select(e => e.Page));
    }

    [Fact]
    public void Each_department_is_on_exactly_one_page_of_its_own_in_the_order_given()
    {
        using var pdf = PdfDocument.Open(SampleBytes.Value);
        var pages = pdf.GetPages().ToList();
        var lines = pages.Select(PdfPages.ContentLines).ToList();

        var departmentPages = Sample.Departments.Select(d => Assert.Single(lines, l => IsDepartmentPage(l, d.Department))).Select(l => lines.IndexOf(l)).ToList();
        Assert.Equal(Enumerable.Range(departmentPages[0], Sample.Departments.Count), departmentPages);
        Assert.Equal("Corporate Improvement Plan: status by theme", lines[departmentPages[^1] + 1][0]);
        for (var i = 0; i < Sample.Departments.Count; i++)
        {
            var department = Sample.Departments[i];
            var words = PdfPages.Words(pages[departmentPages[i]]);
            if (department.Received)
            {
                var statementStart = $"Demo statement for {department.Department}.";
                Assert.Contains(statementStart, words, StringComparison.Ordinal);
                Assert.Single(pages, p => PdfPages.Words(p).Contains(statementStart, StringComparison.Ordinal));
                Assert.Contains(PdfPages.Flat(department.Actions[^1].Text), PdfPages.Flat(pages[departmentPages[i]]), StringComparison.Ordinal);
                Assert.Contains("Trade-offs made to balance the budget", words, StringComparison.Ordinal);
            }
            foreach (var concern in department.Concerns)
            {
                Assert.Contains(concern.Title, words, StringComparison.Ordinal);
            }
            Assert.DoesNotContain("continued", words, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_department_not_received_has_its_page_saying_so()
    {
        using var pdf = PdfDocument.Open(SampleBytes.Value);
        var notReceived = Sample.Departments[SampleReport.NotReceivedIndex];

        var page = Assert.Single(pdf.GetPages(), p => IsDepartmentPage(PdfPages.ContentLines(p), notReceived.Department));
        var lines = PdfPages.ContentLines(page);
        Assert.Contains("Not received", lines);
        Assert.Contains("had not been accepted when this report was issued", PdfPages.Words(page), StringComparison.Ordinal);
        Assert.Contains($"{notReceived.Department} (not received)", Contents(PdfPages.ContentLines(pdf.GetPage(2))).Select(e => e.Title));
    }

    [Fact]
    public void The_overview_has_key_issues_themes_cross_cutting_issues_challenges_and_exceptions()
    {
        using var pdf = PdfDocument.Open(SampleBytes.Value);
        var text = string.Join(' ', pdf.GetPages().Select(PdfPages.Words));
        var lines = pdf.GetPages().SelectMany(PdfPages.ContentLines).ToList();
        var overview = Sample.Overview;

        Assert.Contains("Key issues", lines);
        Assert.Contains("Demo overview text. Across the council, performance this quarter improved", text, StringComparison.Ordinal);
        Assert.All(overview.CommonThemes, t => Assert.Contains(t.Title, text, StringComparison.Ordinal));
        Assert.Contains("Demo cross-cutting issues: recruitment and retention of social workers", text, StringComparison.Ordinal);
        Assert.All(overview.Challenges, c => Assert.Contains($"Demo challenge to {c.Title}: the self-assessment should explain", text, StringComparison.Ordinal));
        Assert.All(overview.Exceptions, e => Assert.Contains(e.Title, text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_dashboard_summary_is_one_page_with_each_tile_counted_in_words_and_drawn_as_vector_bars()
    {
        using var pdf = PdfDocument.Open(SampleBytes.Value);
        var page = Assert.Single(pdf.GetPages(), p => PdfPages.ContentLines(p) is [var first, ..] && first == "Corporate Dashboard summary");
        var words = PdfPages.Words(page);

        foreach (var tile in Sample.Dashboard.Tiles)
        {
            Assert.Contains($"{tile.Red} red, {tile.Amber} amber, {tile.Green} green, {tile.NoData} no data", words, StringComparison.Ordinal);
            Assert.Contains(PdfPages.Flat(tile.Summary), PdfPages.Flat(page), StringComparison.Ordinal);
        }
        Assert.Contains(PdfPages.ContentLines(page), l => l.StartsWith("Red Amber Green No data", StringComparison.Ordinal));
        // Bars are filled vector shapes: the red share of each tile that has reds is drawn in the report's red.
        var redShares = page.Paths.Count(IsFilledWithTheReportsRed);
        Assert.Equal(Sample.Dashboard.Tiles.Count(t => t.Red > 0) + 1, redShares); // + the legend's swatch
        Assert.Equal(Sample.Departments[0].Department, PdfPages.ContentLines(pdf.GetPage(page.Number + 1))[0]);
    }

    [Fact]
    public void The_plan_lists_every_area_with_its_RAG_in_words_and_its_lead()
    {
        using var pdf = PdfDocument.Open(SampleBytes.Value);
        var lines = pdf.GetPages().SelectMany(PdfPages.ContentLines).ToList();

        foreach (var theme in Sample.Plan)
        {
            Assert.Contains(theme.Theme, lines);
            foreach (var area in theme.Areas)
            {
                // The row's first line carries the start of the area, its RAG and its lead side by side.
                var prefix = area.Area[..area.Area.IndexOf(':', StringComparison.Ordinal)] + ":";
                var row = Assert.Single(lines, l => l.StartsWith(prefix + " ", StringComparison.Ordinal));
                Assert.Contains($" {area.Rag} ", row, StringComparison.Ordinal);
                Assert.Contains(area.Lead is null ? "Not assigned" : area.Lead.Split(' ')[0], row, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_concerns_section_lists_every_concern_with_its_interventions_officers_RAG_and_report_back()
    {
        using var pdf = PdfDocument.Open(SampleBytes.Value);
        var pages = pdf.GetPages().ToList();
        var start = pages.FindIndex(p => PdfPages.ContentLines(p) is [var first, ..] && first == "Areas of concern and interventions");
        var text = string.Join(' ', pages.Skip(start).Select(PdfPages.Words));
        var flat = string.Concat(pages.Skip(start).Select(PdfPages.Flat));

        Assert.True(start > 0);
        foreach (var concern in Sample.Concerns)
        {
            Assert.Contains(concern.Title, text, StringComparison.Ordinal);
            foreach (var intervention in concern.Interventions)
            {
                // A row of the concern's table: intervention, officer, RAG, report-back, each wrapped in its cell.
                Assert.Contains(PdfPages.Flat($"{intervention.Name}{intervention.ResponsibleOfficer}{intervention.LatestRag}{intervention.NextReportBackDue ?? "Not set"}"),
                    flat, StringComparison.Ordinal);
            }
        }
        Assert.Contains("No intervention assigned yet.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bookmarks_nest_the_overview_parts_and_the_departments_under_their_sections_with_their_pages()
    {
        using var pdf = PdfDocument.Open(SampleBytes.Value);
        var contents = Contents(PdfPages.ContentLines(pdf.GetPage(2))).ToDictionary(e => e.Title, e => e.Page);

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["Overview by the Head of Improvement", "Corporate Dashboard summary", "Departments' self-assessments",
            "Corporate Improvement Plan: status by theme", "Areas of concern and interventions"], roots.Select(r => r.Title));
        var departments = roots[2].Children.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(Sample.Departments.Select(d => d.Department), departments.Select(d => d.Title));
        Assert.All(departments, d => Assert.Equal(contents.Single(c => c.Key.StartsWith(d.Title, StringComparison.Ordinal)).Value, d.PageNumber));
        Assert.Equal(5, roots[0].Children.Count);
    }

    [Fact]
    public void The_same_content_gives_the_same_bytes_and_a_new_version_different_bytes()
    {
        var again = CorporateReportPdf.Render(SampleReport.TwelveDepartments());

        Assert.Equal(SampleBytes.Value, again);
        Assert.NotEqual(SampleBytes.Value, CorporateReportPdf.Render(Sample with { VersionNumber = 4 }));
    }

    [Fact]
    public void Emoji_Arabic_and_Chinese_text_is_shown_as_a_fallback_never_a_crash()
    {
        var department = SampleReport.Department("Adult Services 😀", 0) with { OverallStatement = "Statement مرحبا بكم and 中文 text 😀 end." };
        var content = Sample with
        {
            Departments = [department],
            Overview = Sample.Overview with { KeyIssues = "Key 中文 issues 👍🏽 here and שלום there." },
            Dashboard = new([new DashboardTileSummary("NIS 中文", 1, 2, 3, 4, "Summary 😀")]),
            Plan = [new PlanThemeStatus("Theme مرحبا", 1, 0, 0, 0, [new PlanAreaStatus("Area 中文", "Red", "Lead 😀")])],
            Concerns = [new ConcernSummary("Concern 😀", "Adult Services 😀", "Open", [new InterventionSummary("Visit 中文", "Officer مرحبا", "Amber", null)])],
        };

        using var pdf = PdfDocument.Open(CorporateReportPdf.Render(content));
        var text = string.Join(' ', pdf.GetPages().Select(PdfPages.Words));

        Assert.Contains("Statement ????? ??? and ?? text ? end.", text, StringComparison.Ordinal);
        Assert.Contains("Key ?? issues ?? here and ???? there.", text, StringComparison.Ordinal);
        Assert.Contains("Adult Services ?", text, StringComparison.Ordinal);
        Assert.Contains("NIS ??", text, StringComparison.Ordinal);
        Assert.Contains("Theme ?????", text, StringComparison.Ordinal);
        Assert.Contains("Visit ??", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, ch => ch is (>= '\u0590' and <= '\u08FF') or (>= '\u4E00' and <= '\u9FFF') || char.IsSurrogate(ch));
    }

    [Fact]
    public void A_300_character_word_wraps_inside_the_page_wherever_it_is()
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

        using var pdf = PdfDocument.Open(CorporateReportPdf.Render(content));

        foreach (var page in pdf.GetPages())
        {
            PdfPages.AssertInsideMargins(page);
        }
        // Every placement keeps all 300 characters: the overview's three (key issues, a theme's title and text), the
        // department's three (statement, item, annotation), the plan's two (area, lead) and the concern's four (title,
        // intervention, officer, report-back). On the dashboard the table has the tile's title and summary in full;
        // its chart label, two lines at most, ends in an ellipsis.
        static int Engs(UglyToad.PdfPig.Content.Page page) => page.GetWords().Sum(w => w.Text.Count(ch => ch == 'ŋ'));
        var dashboard = pdf.GetPages().Single(p => PdfPages.ContentLines(p)[0] == "Corporate Dashboard summary");
        Assert.Equal((3 + 3 + 2 + 4) * 30, pdf.GetPages().Where(p => p.Number != dashboard.Number).Sum(Engs));
        Assert.InRange(Engs(dashboard), 2 * 30 + 1, 3 * 30 - 1);
    }

    [Fact]
    public void A_dashboard_of_more_tiles_than_a_page_holds_continues_on_the_next_page_rather_than_lose_any()
    {
        var tiles = Enumerable.Range(1, 40).Select(i => new DashboardTileSummary($"Tile{i}", i, 1, 2, 0, $"Summary{i} of the tile.")).ToList();

        using var pdf = PdfDocument.Open(CorporateReportPdf.Render(Sample with { Dashboard = new(tiles) }));
        var pages = pdf.GetPages().ToList();
        var first = pages.FindIndex(p => PdfPages.ContentLines(p)[0] == "Corporate Dashboard summary");
        var dashboard = pages.Skip(first).TakeWhile(p => !IsDepartmentPage(PdfPages.ContentLines(p), Sample.Departments[0].Department)).ToList();

        Assert.True(dashboard.Count >= 2);
        Assert.Contains("Continued on the next page", PdfPages.Words(dashboard[0]), StringComparison.Ordinal);
        Assert.Equal("Corporate Dashboard summary (continued)", PdfPages.ContentLines(dashboard[1])[0]);
        var words = dashboard.SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.All(tiles, t => Assert.Contains($"Summary{t.Red}", words));
        Assert.All(tiles, t => Assert.Equal(2, words.Count(w => w == t.Title))); // the bar's label and the table's row
        Assert.All(dashboard, PdfPages.AssertInsideMargins);
    }

    [Fact]
    public void A_report_with_nothing_in_its_sections_says_so_on_each()
    {
        var content = Sample with
        {
            Overview = new ReportOverview("", [], "", [], []),
            Dashboard = new([]),
            Departments = [],
            Concerns = [],
            Plan = [],
        };

        using var pdf = PdfDocument.Open(CorporateReportPdf.Render(content));
        var text = string.Join(' ', pdf.GetPages().Select(PdfPages.Words));

        Assert.Contains("No common themes this period.", text, StringComparison.Ordinal);
        Assert.Contains("The dashboard had no tiles for this period.", text, StringComparison.Ordinal);
        Assert.Contains("There is no current Corporate Improvement Plan.", text, StringComparison.Ordinal);
        Assert.Contains("There were no areas of concern in this period.", text, StringComparison.Ordinal);
    }

    private static bool IsFilledWithTheReportsRed(UglyToad.PdfPig.Graphics.PdfPath path)
    {
        if (!path.IsFilled || path.FillColor is null)
        {
            return false;
        }
        var (r, g, b) = path.FillColor.ToRGBValues();
        return Math.Abs(r - (0xD4 / 255.0)) < 0.01 && Math.Abs(g - (0x35 / 255.0)) < 0.01 && Math.Abs(b - (0x1C / 255.0)) < 0.01;
    }

    // A department's page starts with its name and then "Self-assessment, <period>." (the overview's challenge to a
    // department has the name as a heading too).
    private static bool IsDepartmentPage(List<string> lines, string department) =>
        lines.Count > 1 && lines[0] == department && lines[1].StartsWith("Self-assessment, ", StringComparison.Ordinal);

    private static string TitleOf(string contentsLine) => contentsLine[..contentsLine.LastIndexOf(' ')];

    // The contents page's lines: a title, then its page number.
    private static List<(string Title, int Page)> Contents(List<string> lines) =>
    [
        .. lines.Skip(1)
            .Select(l => (Title: TitleOf(l), Number: l[(l.LastIndexOf(' ') + 1)..]))
            .Where(e => int.TryParse(e.Number, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(e => (e.Title, int.Parse(e.Number, CultureInfo.InvariantCulture))),
    ];
}
