using System.Globalization;
using System.Net;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Cpeg;

/// <summary>CPEG's report to CMT (page, PDF, CSV) and "is it working?" for indicator concerns and closed ones.</summary>
public sealed class CpegReportPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task CMT_reads_the_report_with_each_concerns_interventions_and_downloads_it_as_PDF_and_CSV()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var concern = await cpeg.RaiseAsync("Report: highway defects");
        await cpeg.DecideAsync(concern);
        Assert.Equal(HttpStatusCode.Redirect, (await cpeg.AssignAsync(app, concern, await app.MenuItemIdAsync(5))).StatusCode);

        using var cmt = app.CreateSiteClient();
        await cmt.SignInAsync(TestUsers.ChiefOfficer);
        var page = await cmt.PageAsync("/cpeg/report");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("CPEG's report to CMT", page.H1);
        Assert.Equal(CpegSite.Iso(app.Today().AddMonths(-6)), page.ValueOf("From"));
        Assert.Equal(CpegSite.Iso(app.Today()), page.ValueOf("To"));
        var concernRow = Assert.Single(page.Rows("Open ones first"), r => r.StartsWith("Report: highway defects", StringComparison.Ordinal));
        Assert.Contains("Council-wide | Raised by hand | Interventions under way | Yes: An LAA target | None | Open", concernRow, StringComparison.Ordinal);
        var intervention = Assert.Single(page.Rows("Each intervention"), r => r.StartsWith("Report: highway defects", StringComparison.Ordinal));
        Assert.Equal($"Report: highway defects | Strategic action plan | Service Manager, Environment | Within 2 months | Not reported yet | {app.Today().AddMonths(2).ToString("d MMM yyyy", EnGb)}", intervention);
        // CMT's members are officers (the Chief Executive and the Chief Officers): the titles open the concern pages.
        Assert.NotNull(page.Document.QuerySelector($"a[href='{concern}']"));

        var pdf = await cmt.GetAsync($"/cpeg/report.pdf?from={CpegSite.Iso(app.Today().AddMonths(-6))}&to={CpegSite.Iso(app.Today())}");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"cpeg-report-to-cmt-{CpegSite.Iso(app.Today().AddMonths(-6))}-to-{CpegSite.Iso(app.Today())}.pdf", pdf.Content.Headers.ContentDisposition!.FileName);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 5), StringComparison.Ordinal);

        var csv = await (await cmt.GetAsync("/cpeg/report.csv")).Content.ReadAsStringAsync();
        Assert.Contains("\"Concern\",\"Department\",\"From\",\"Status\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"Report: highway defects\",\"Council-wide\",\"Raised by hand\",\"Interventions under way\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_refused_beside_the_end_date_with_the_dates_kept()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

        var page = await head.PageAsync("/cpeg/report?from=2026-06-30&to=2026-01-01");

        Assert.Equal("The end of the range must be on or after its start", page.ErrorFor("To"));
        Assert.Equal("2026-06-30", page.ValueOf("From"));
        Assert.Equal("2026-01-01", page.ValueOf("To"));
        Assert.Empty(page.Rows("Summary"));

        var notADate = await head.PageAsync("/cpeg/report?from=31%2F13%2F2026&to=2026-01-01");
        Assert.StartsWith("\u201c31/13/2026\u201d is not something the site can read here", notADate.ErrorFor("From"), StringComparison.Ordinal);
        Assert.Equal("31/13/2026", notADate.ValueOf("From"));
        Assert.Empty(notADate.Rows("Summary"));
    }

    [Fact]
    public async Task The_report_counts_closed_concerns_by_outcome_and_leaves_out_those_closed_before_the_range()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        // The demo has closed concerns of its own: count from what the report and the summary said before.
        int Count(Page page, string table, string label) =>
            int.Parse(page.Rows(table).Single(r => r.StartsWith(label + " | ", StringComparison.Ordinal))[(label.Length + 3)..], CultureInfo.InvariantCulture);
        var before = await cpeg.PageAsync("/cpeg/report");
        var improvedBefore = Count(await cpeg.PageAsync("/concerns/is-it-working"), "Closed concerns by outcome", "Improved");
        var concern = await cpeg.RaiseAsync("Report: closed as improved");
        await cpeg.DecideAsync(concern);
        var page = await cpeg.PageAsync(concern);
        var closed = await cpeg.PostFormToAsync(concern, concern + "/close", ("Close.OutcomeKind", "Improved"), ("Close.Outcome", "Back on target"), ("Close.Version", page.ValueOf("Close.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        var report = await cpeg.PageAsync("/cpeg/report");
        Assert.Equal(Count(before, "Summary", "Closed with an outcome in the period") + 1, Count(report, "Summary", "Closed with an outcome in the period"));
        Assert.Equal(Count(before, "Summary", "of which improved") + 1, Count(report, "Summary", "of which improved"));
        Assert.Contains(report.Rows("Open ones first"), r => r.StartsWith("Report: closed as improved", StringComparison.Ordinal) && r.EndsWith("Improved: Back on target", StringComparison.Ordinal));

        var later = await cpeg.PageAsync($"/cpeg/report?from={CpegSite.Iso(app.Today().AddDays(1))}&to={CpegSite.Iso(app.Today().AddDays(30))}");
        Assert.DoesNotContain(later.Rows("Open ones first"), r => r.StartsWith("Report: closed as improved", StringComparison.Ordinal));

        var working = await cpeg.PageAsync("/concerns/is-it-working");
        Assert.Equal(improvedBefore + 1, Count(working, "Closed concerns by outcome", "Improved"));
    }

    [Fact]
    public async Task Is_it_working_compares_an_indicators_results_before_and_after_the_first_intervention_by_its_polarity()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var higher = await IndicatorAsync("DEMO 2");
        var lower = await IndicatorAsync("DEMO 1");
        Assert.Equal((Polarity.HigherIsBetter, Polarity.LowerIsBetter), (higher.Polarity, lower.Polarity));
        // Neither is red in the demo, so the site would not raise a concern on them: put the concerns straight in.
        var invoices = await IndicatorConcernAsync("Working: invoices paid late", higher.Id);
        var sickness = await IndicatorConcernAsync("Working: sickness absence", lower.Id);
        foreach (var concern in new[] { invoices, sickness })
        {
            await cpeg.DecideAsync(concern);
            Assert.Equal(HttpStatusCode.Redirect, (await cpeg.AssignAsync(app, concern, await app.MenuItemIdAsync(4))).StatusCode);
        }

        var noneYet = await cpeg.PageAsync(invoices);
        Assert.Contains("No results since the first intervention yet", noneYet.Document.QuerySelector("section[aria-labelledby='is-it-working-heading']")!.TextContent, StringComparison.Ordinal);

        // The quarter under way reports a higher figure than the last one before CPEG stepped in, for both indicators.
        await AddCurrentQuarterResultAboveTheLastAsync(higher.Id);
        await AddCurrentQuarterResultAboveTheLastAsync(lower.Id);

        var page = await cpeg.PageAsync("/concerns/is-it-working");
        Assert.Equal("Is it working?", page.H1);
        Assert.Equal("Better", VerdictOf(page, invoices));
        Assert.Equal("Worse", VerdictOf(page, sickness));
        var after = page.Rows("Results of DEMO 2").Where(r => r.EndsWith("| After", StringComparison.Ordinal)).ToList();
        Assert.Single(after);
        Assert.Equal(4, page.Rows("Results of DEMO 2").Count(r => r.EndsWith("| Before", StringComparison.Ordinal)));

        var concernPage = await cpeg.PageAsync(sickness);
        var section = concernPage.Document.QuerySelector("section[aria-labelledby='is-it-working-heading']")!;
        Assert.Equal("Worse", section.QuerySelector(".tag")!.TextContent.Trim());
        Assert.NotNull(section.QuerySelector("svg[role=img][aria-label^='Results before the first intervention']"));
    }

    private static string VerdictOf(Page page, string concern) =>
        page.Document.QuerySelectorAll("section").Single(s => s.QuerySelector($"h3 a[href='{concern}']") is not null).QuerySelector(".tag")!.TextContent.Trim();

    private Task<string> IndicatorConcernAsync(string title, int indicatorId) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var concern = new AreaOfConcern(title, null, ConcernSource.Indicator, indicatorId, "Red for two quarters", app.Today(), "cpeg.member");
        db.AreasOfConcern.Add(concern);
        await db.SaveChangesAsync();
        return $"/concerns/{concern.Id}";
    });

    private Task<(int Id, Polarity? Polarity)> IndicatorAsync(string code) => app.WithScopeAsync(async s =>
    {
        var indicator = await s.GetRequiredService<AppDbContext>().Indicators.SingleAsync(i => i.Code == code);
        return (indicator.Id, indicator.Polarity);
    });

    /// <summary>Puts in the quarter under way (which ends after today's intervention) a result 10% above the latest one.</summary>
    private Task AddCurrentQuarterResultAboveTheLastAsync(int indicatorId) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var last = await db.IndicatorResults.Where(r => r.IndicatorId == indicatorId).OrderByDescending(r => r.PeriodEnd).Select(r => r.Value).FirstAsync();
        db.IndicatorResults.Add(new IndicatorResult(indicatorId, ResultPeriod.Containing(app.Today(), Frequency.Quarterly), last * 1.1m, null,
            DataQuality.Confirmed, ResultSource.Entered, "test", app.Clock.GetUtcNow().UtcDateTime));
        return await db.SaveChangesAsync();
    });
}
