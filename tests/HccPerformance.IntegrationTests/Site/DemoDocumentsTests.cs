using System.Text.RegularExpressions;
using HccPerformance.Core.Site;
using HccPerformance.IntegrationTests.Support;

namespace HccPerformance.IntegrationTests.Site;

/// <summary>
/// Issue 17: every PDF and export made from demo data says DEMO (header and footer of every page, each exported row) and
/// carries no protective marking; from the council's own data they carry the marking and no DEMO, while reports frozen as
/// demo keep saying so.
/// </summary>
public sealed class DemoDocumentsTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>What a demo PDF's header and footer begin with.</summary>
    public const string DemoMark = "DEMO \u00b7 ";

    [Fact]
    public async Task Every_PDF_of_the_demo_says_DEMO_on_every_page_and_is_not_protectively_marked()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var (live, frozen) = await DemoSite.PdfPathsAsync(app);

        foreach (var path in live.Concat(frozen))
        {
            var pages = await DemoSite.PdfPagesAsync(head, path);
            Assert.All(pages, (text, i) =>
            {
                // Header and footer both: "DEMO · <council>" at the top and "DEMO · <title>" at the foot (the demo's own
                // indicators are coded "DEMO 1" and so on, so the mark is told by what follows it).
                Assert.True(Regex.Count(text, DemoMark) >= 2, $"{path}, page {i + 1}: {text[..Math.Min(200, text.Length)]}");
                Assert.DoesNotContain("OFFICIAL", text, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task Every_export_of_the_demo_marks_each_row_as_demo_in_a_first_column()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

        foreach (var path in DemoSite.Exports)
        {
            var (header, first) = await DemoSite.ExportAsync(head, path);
            Assert.True(header[0] == DemoWords.ExportColumn, $"{path}: first column is {header[0]}");
            Assert.True(first[0] == DemoWords.ExportMark, $"{path}: first row says {first[0]}");
            Assert.True(header.Count > 2, $"{path} lost its own columns");
        }
    }
}

/// <summary>The same documents from a database that holds no demo data.</summary>
public sealed class RealDataDocumentsTests(RealDataFactory app) : IClassFixture<RealDataFactory>
{
    [Fact]
    public async Task PDFs_drawn_now_carry_the_protective_marking_and_no_DEMO_while_reports_frozen_as_demo_still_say_DEMO()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var (live, frozen) = await DemoSite.PdfPathsAsync(app);

        foreach (var path in live)
        {
            var text = await DemoSite.PdfTextAsync(head, path);
            Assert.False(text.Contains(DemoDocumentsTests.DemoMark, StringComparison.Ordinal), $"{path} says DEMO");
        }

        Assert.Contains("OFFICIAL", await DemoSite.PdfTextAsync(head, live[1]), StringComparison.Ordinal);
        Assert.Contains("Protective marking: OFFICIAL", await DemoSite.PdfTextAsync(head, live[1]), StringComparison.Ordinal);
        foreach (var path in frozen)
        {
            var text = await DemoSite.PdfTextAsync(head, path);
            Assert.Contains(DemoDocumentsTests.DemoMark, text, StringComparison.Ordinal);
            Assert.DoesNotContain("OFFICIAL", text, StringComparison.Ordinal);
        }

        // The frozen report's page says so too.
        var page = await head.PageAsync(frozen[0].Replace("/pdf", "", StringComparison.Ordinal));
        Assert.Contains("DEMO: made from demo data, not real figures", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("OFFICIAL", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_have_no_demo_column_and_no_page_a_banner()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

        foreach (var path in DemoSite.Exports)
        {
            var (header, first) = await DemoSite.ExportAsync(head, path);
            Assert.DoesNotContain(DemoWords.ExportColumn, header);
            Assert.DoesNotContain(DemoWords.ExportMark, first);
        }

        Assert.Null((await head.PageAsync("/dashboard")).Document.QuerySelector("header [role=note]"));
        Assert.Null((await app.CreateSiteClient().PageAsync("/account/sign-in")).Document.QuerySelector("header [role=note]"));
    }
}

/// <summary>The council's name comes from its settings on every PDF: another council's site prints no "Hampshire".</summary>
public sealed class CouncilNameTests(OtherCouncilFactory app) : IClassFixture<OtherCouncilFactory>
{
    [Fact]
    public async Task Every_PDF_is_headed_with_the_council_named_in_the_settings_and_never_Hampshire()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var (live, frozen) = await DemoSite.PdfPathsAsync(app);

        foreach (var path in live.Concat(frozen))
        {
            var text = await DemoSite.PdfTextAsync(head, path);
            Assert.True(text.Contains(OtherCouncilFactory.Council, StringComparison.Ordinal), $"{path} does not name {OtherCouncilFactory.Council}");
            Assert.False(text.Contains("Hampshire", StringComparison.Ordinal), $"{path} names Hampshire");
        }

        var report = await head.PageAsync(frozen[0].Replace("/pdf", "", StringComparison.Ordinal));
        Assert.Contains(OtherCouncilFactory.Council, report.Text, StringComparison.Ordinal);
    }
}
