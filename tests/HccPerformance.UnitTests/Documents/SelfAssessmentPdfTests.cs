using HccPerformance.Core.Common;
using HccPerformance.Documents.Reports;
using UglyToad.PdfPig;

namespace HccPerformance.UnitTests.Documents;

public sealed class SelfAssessmentPdfTests
{
    private const string Council = "Hampshire County Council (demo)";
    private const string Period = "Quarter 1 2026/27 (April to June 2026)";
    private static readonly DateOnly PrintedOn = new(2026, 7, 21);

    public static TheoryData<MaximalAssessment.Spread> Spreads => [.. Enum.GetValues<MaximalAssessment.Spread>()];

    [Theory]
    [MemberData(nameof(Spreads))]
    public void The_largest_assessment_the_word_budget_allows_fits_one_page_with_its_annotations_and_concerns_in_legible_type(MaximalAssessment.Spread spread)
    {
        var department = MaximalAssessment.Department(spread);
        Assert.Equal(Limits.SelfAssessmentWords, MaximalAssessment.BudgetWords(department));
        Assert.All(new[] { department.Strengths, department.AreasForImprovement, department.Risks, department.Actions },
            items => Assert.Equal(Limits.AssessmentItemsPerSection, items.Count));

        using var pdf = PdfDocument.Open(SelfAssessmentPdf.Render(Council, Period, department, PrintedOn));

        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        var flat = PdfPages.Flat(page);
        foreach (var marker in new[] { "statementend", "item1", "item12", "item13", "item24", "item25", "item36", "item37", "item48", "tradeoffsend", "commentend",
            $"Annotation{MaximalAssessment.AnnotatedItems}:", "General1:", $"lastof{MaximalAssessment.Concerns}" })
        {
            Assert.Contains(marker, flat, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("continued", flat, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Page 1 of 1", string.Join(' ', page.GetWords().TakeLast(4).Select(w => w.Text)));
        // Stepped down, but never below 7 points (the header and footer are 8).
        Assert.All(page.Letters, l => Assert.True(l.PointSize >= 7 - 0.01, $"'{l.Value}' is {l.PointSize} pt"));
        PdfPages.AssertInsideMargins(page);
    }

    [Theory]
    [MemberData(nameof(Spreads))]
    public void The_largest_assessment_also_takes_exactly_one_page_in_the_corporate_report(MaximalAssessment.Spread spread)
    {
        var sample = SampleReport.TwelveDepartments();
        var content = sample with { Departments = [sample.Departments[0], MaximalAssessment.Department(spread), sample.Departments[1]] };

        using var pdf = PdfDocument.Open(CorporateReportPdf.Render(content));
        var pages = pdf.GetPages().ToList();
        var at = pages.FindIndex(p => PdfPages.ContentLines(p)[0] == "Maximal Department (demo)" && PdfPages.ContentLines(p)[1].StartsWith("Self-assessment", StringComparison.Ordinal));

        Assert.Contains("item48", PdfPages.Flat(pages[at]), StringComparison.Ordinal);
        Assert.Contains($"lastof{MaximalAssessment.Concerns}", PdfPages.Flat(pages[at]), StringComparison.Ordinal);
        Assert.Equal(sample.Departments[1].Department, PdfPages.ContentLines(pages[at + 1])[0]);
    }

    [Fact]
    public void A_usual_assessment_is_printed_at_the_body_size_with_its_annotations_numbered_by_their_items()
    {
        var department = new DepartmentSection("Adult Services", true, "Accepted", "Chief Officer, Adult Services",
            "Performance improved this quarter.",
            [new AnnotatedItem("Delayed transfers of care down by a third.", ["Link the indicator.", "Say by how much against target."])],
            [new AnnotatedItem("Assessments late in two districts.", [])],
            [new AnnotatedItem("Winter demand.", ["Is this on the risk register?"])],
            [new AnnotatedItem("Recovery plan to DMT in May.", [])],
            "None this quarter.", "I support the recovery plan.", ["A good, honest assessment."], []);

        using var pdf = PdfDocument.Open(SelfAssessmentPdf.Render(Council, Period, department, PrintedOn));
        var page = pdf.GetPage(1);
        var lines = PdfPages.ContentLines(page);

        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Equal("Adult Services", lines[0]);
        var flat = PdfPages.Flat(page);
        Assert.Contains(PdfPages.Flat("• Delayed transfers of care down by a third. [1, 2]"), flat, StringComparison.Ordinal);
        Assert.Contains(PdfPages.Flat("• Winter demand. [3]"), flat, StringComparison.Ordinal);
        Assert.Contains("[1] Key strength 1: Link the indicator.", lines);
        Assert.Contains("[2] Key strength 1: Say by how much against target.", lines);
        Assert.Contains("[3] Risk 1: Is this on the risk register?", lines);
        Assert.Contains("• On the whole assessment: A good, honest assessment.", lines);
        Assert.Contains("No open areas of concern.", lines);
        var statement = page.GetWords().First(w => w.Text == "Performance");
        Assert.Equal(10, statement.Letters[0].PointSize, 2);
        Assert.Contains("Printed 21 Jul 2026", PdfPages.Words(page), StringComparison.Ordinal);
    }

    [Fact]
    public void An_assessment_too_long_for_any_legible_size_continues_on_the_next_page_and_says_so_losing_nothing()
    {
        // Far over the budget (as no form would accept): 48 items of 60 words.
        var item = string.Join(' ', Enumerable.Repeat("performance improved against target this quarter", 12));
        List<AnnotatedItem> Items(int section) => [.. Enumerable.Range(1, 12).Select(i => new AnnotatedItem($"{item} mark{section * 12 + i}", []))];
        var department = MaximalAssessment.Department(MaximalAssessment.Spread.Even, "Overlong Department (demo)") with
        {
            Strengths = Items(0),
            AreasForImprovement = Items(1),
            Risks = Items(2),
            Actions = Items(3),
        };

        using var pdf = PdfDocument.Open(SelfAssessmentPdf.Render(Council, Period, department, PrintedOn));
        var pages = pdf.GetPages().ToList();

        Assert.True(pages.Count >= 2);
        for (var i = 0; i < pages.Count; i++)
        {
            var lines = PdfPages.ContentLines(pages[i]);
            if (i < pages.Count - 1)
            {
                Assert.Contains("Continued on the next page", PdfPages.Words(pages[i]), StringComparison.Ordinal);
            }
            if (i > 0)
            {
                Assert.Equal("Overlong Department (demo) (continued)", lines[0]);
            }
            PdfPages.AssertInsideMargins(pages[i]);
        }
        var words = pages.SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.All(Enumerable.Range(1, 48), n => Assert.Single(words, $"mark{n}"));
        Assert.Contains("commentend", words);
        Assert.Contains($"lastof{MaximalAssessment.Concerns}:", words);
    }

    [Fact]
    public void A_department_not_received_prints_a_page_saying_so()
    {
        var department = new DepartmentSection("Environment", false, "Draft", null, "", [], [], [], [], "", null, [], []);

        using var pdf = PdfDocument.Open(SelfAssessmentPdf.Render(Council, Period, department, PrintedOn));

        var lines = PdfPages.ContentLines(pdf.GetPage(1));
        Assert.Equal(["Environment", $"Self-assessment, {Period}. Status: Draft."], lines.Take(2));
        Assert.Contains("Not received", lines);
    }

    [Fact]
    public void The_same_assessment_gives_the_same_bytes()
    {
        var department = MaximalAssessment.Department(MaximalAssessment.Spread.Even);

        Assert.Equal(SelfAssessmentPdf.Render(Council, Period, department, PrintedOn), SelfAssessmentPdf.Render(Council, Period, department, PrintedOn));
        Assert.NotEqual(SelfAssessmentPdf.Render(Council, Period, department, PrintedOn),
            SelfAssessmentPdf.Render(Council, Period, department, PrintedOn.AddDays(1)));
    }

    [Fact]
    public void Emoji_Arabic_and_Chinese_in_an_assessment_show_the_fallback()
    {
        var department = new DepartmentSection("Children's Services 😀", true, "Accepted", "Chief Officer 中文", "Statement مرحبا and 中文 😀.",
            [new AnnotatedItem("Strength 中文", ["Note 😀"])], [], [], [], "", null, [], []);

        using var pdf = PdfDocument.Open(SelfAssessmentPdf.Render(Council, Period, department, PrintedOn));
        var words = PdfPages.Words(pdf.GetPage(1));

        Assert.Contains("Children's Services ?", words, StringComparison.Ordinal);
        Assert.Contains("Statement ????? and ?? ?.", words, StringComparison.Ordinal);
        Assert.Contains("[1] Key strength 1: Note ?", words, StringComparison.Ordinal);
    }
}
