using System.Globalization;
using HccPerformance.Core.Data;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.Core.Site;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace HccPerformance.IntegrationTests.Site;

/// <summary>
/// The demo site whose count of demo records a test sets: the records other features mark as demo (issue 17) are counted
/// by <see cref="DemoRecords"/> from the model; here the count is what the test says, so the refusal can be seen whichever
/// records are marked.
/// </summary>
public sealed class DemoCountFactory : AppFactory
{
    public int DemoRecordsRemaining { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<DemoRecords>();
            services.AddScoped<DemoRecords>(s => new CountedDemoRecords(s.GetRequiredService<AppDbContext>(), this));
        });
    }

    private sealed class CountedDemoRecords(AppDbContext db, DemoCountFactory factory) : DemoRecords(db)
    {
        public override Task<IReadOnlyList<DemoRecordCount>> CountAsync(CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<DemoRecordCount>>(factory.DemoRecordsRemaining == 0 ? [] : [new("indicator result", factory.DemoRecordsRemaining)]);
    }
}

/// <summary>The demo council's database with the demo flag cleared behind the site's back: as the council's own data would print.</summary>
public sealed class RealDataFactory : AppFactory, IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await DemoSite.SetFlagAsync(this, false);
    }
}

/// <summary>Another council's settings, seeded from scratch with them, so the issued reports were drawn with its name too.</summary>
public sealed class OtherCouncilFactory : AppFactory
{
    public const string Council = "Testshire County Council";

    protected override string TemplateKey => "Testshire";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Council:Name", Council);
    }
}

/// <summary>Every PDF and data export of the site, who downloads it, and how to read it back.</summary>
public static class DemoSite
{
    /// <summary>Sets the flag in the database directly and makes the site read it again (a test's own set-up).</summary>
    public static Task SetFlagAsync(AppFactory app, bool on) => app.WithScopeAsync(async s =>
    {
        await s.GetRequiredService<AppDbContext>().SiteSettings.ExecuteUpdateAsync(u => u.SetProperty(x => x.DemoData, on));
        s.GetRequiredService<DemoFlag>().Forget();
        return 0;
    });

    public static Task<bool> FlagInDatabaseAsync(AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().SiteSettings.Select(x => x.DemoData).SingleAsync());

    /// <summary>The live PDFs (drawn when asked) and the frozen ones (issued with the demo's reports), for the Head of Improvement.</summary>
    public static async Task<(IReadOnlyList<string> Live, IReadOnlyList<string> Frozen)> PdfPathsAsync(AppFactory app)
    {
        var (department, period, current, report, cpegReport) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var accepted = await db.SelfAssessments.Where(a => a.Status == AssessmentStatus.Accepted)
                .OrderBy(a => a.Id).Select(a => new { a.DepartmentId, a.ReportingPeriodId }).FirstAsync();
            var open = await db.ReportingPeriods.Where(p => p.IsOpen).Select(p => p.Id).FirstAsync();
            return (accepted.DepartmentId, accepted.ReportingPeriodId, open, await db.IssuedReports.MinAsync(r => r.Id), await db.IssuedCpegReports.MinAsync(r => r.Id));
        });
        return (
            [$"/departments/{S(department)}/self-assessments/{S(period)}/pdf", $"/collation/{S(current)}/preview/pdf", "/cpeg/report.pdf"],
            [$"/reports/{S(report)}/pdf", $"/cpeg/reports/{S(cpegReport)}/pdf"]);
    }

    /// <summary>Every export of the council's figures as CSV or Excel.</summary>
    public static readonly string[] Exports = ["/plan/export.csv", "/plan/export.xlsx", "/scorecards/1/export.csv", "/scorecards/1/export.xlsx", "/cpeg/report.csv"];

    public static async Task<string> PdfTextAsync(SiteClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)))) + "\n" + pdf.Information.Title;
    }

    /// <summary>Each page's text, to check every page says it.</summary>
    public static async Task<List<string>> PdfPagesAsync(SiteClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return [.. pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)))];
    }

    /// <summary>The export's header row and first data row, as text cells.</summary>
    public static async Task<(IReadOnlyList<string> Header, IReadOnlyList<string> First)> ExportAsync(SiteClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (path.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            using var stream = new MemoryStream(bytes);
            var rows = MiniExcel.Query(stream).Cast<IDictionary<string, object?>>().Take(2).ToList();
            return ([.. rows[0].Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")],
                [.. rows[1].Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")]);
        }

        var lines = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n");
        static List<string> Cells(string line) => [.. line.Split("\",\"").Select(c => c.Trim('"'))];
        return (Cells(lines[0]), Cells(lines[1]));
    }

    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);
}
