using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Indicators;

/// <summary>What the indicator tests share: the demo's current quarter, look-ups in the database, and forms a browser would send.</summary>
internal static class IndicatorSite
{
    public static DateOnly Today(this AppFactory app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    /// <summary>The quarter under way: the only one the demo opens for results.</summary>
    public static ResultPeriod CurrentQuarter(this AppFactory app) => ResultPeriod.Containing(app.Today(), Frequency.Quarterly);

    /// <summary>The latest quarter that has ended: the demo's latest results, and what a scorecard shows by default.</summary>
    public static ResultPeriod LastEndedQuarter(this AppFactory app) => new(app.CurrentQuarter().Start.AddMonths(-3), Frequency.Quarterly);

    /// <summary>The first quarter of last financial year: long closed, and already holding a demo result.</summary>
    public static ResultPeriod ClosedQuarter(this AppFactory app) => new(new DateOnly(app.CurrentQuarter().FinancialYear - 1, 4, 1), Frequency.Quarterly);

    public static Task<int> IndicatorIdAsync(this AppFactory app, string code) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync());

    public static Task<int> ResultCountAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IndicatorResults.CountAsync());

    public static Task<int> RevisionCountAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<ResultRevision>().CountAsync());

    /// <summary>The result of an indicator for a period, with its history, or null.</summary>
    public static Task<IndicatorResult?> ResultAsync(this AppFactory app, string code, ResultPeriod period) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var id = await db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync();
            return await db.IndicatorResults.AsNoTracking().Include(r => r.History).SingleOrDefaultAsync(r => r.IndicatorId == id && r.PeriodStart == period.Start);
        });

    /// <summary>The row of the results table (#results) for a period, or null.</summary>
    public static IElement? ResultRow(this Page page, ResultPeriod period) =>
        page.Document.QuerySelectorAll("#results tbody tr").SingleOrDefault(r => r.QuerySelector("th")!.TextContent.Trim() == period.Label);

    public static string RagOf(IElement row) => row.QuerySelector("span.tag")!.TextContent.Trim();

    /// <summary>The status message shown after a step (Post/Redirect/Get).</summary>
    public static string? Status(this Page page) => page.Document.QuerySelector("[role=status]")?.TextContent.Trim();

    public static string? ErrorSummary(this Page page) => page.Document.QuerySelector(".error-summary")?.TextContent;

    /// <summary>What a textarea holds (Page.ValueOf reads inputs only).</summary>
    public static string? TextAreaValue(this Page page, string name) =>
        (page.Document.QuerySelector($"textarea[name='{name}']") as IHtmlTextAreaElement)?.Value;

    /// <summary>Every field a browser would send for the form holding <paramref name="anyFieldName"/>, as the page fills it in.</summary>
    public static Dictionary<string, string> FormFields(this Page page, string anyFieldName)
    {
        var form = page.Document.QuerySelector($"[name='{anyFieldName}']")?.Closest("form")
            ?? throw new InvalidOperationException($"No form with {anyFieldName} on {page.Path}");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox" } check:
                    if (check.IsChecked)
                    {
                        fields[name] = check.Value;
                    }

                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? "";
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
            }
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    /// <summary>
    /// Uploads a file as the import page's form does (multipart, field "file"), with the antiforgery token taken from
    /// <paramref name="tokenPage"/> (the import page itself unless given).
    /// </summary>
    public static async Task<HttpResponseMessage> UploadAsync(this SiteClient client, string path, string fileName, byte[] content, string? tokenPage = null)
    {
        var page = await client.PageAsync(tokenPage ?? path);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(page.AntiforgeryToken()), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(Path.GetExtension(fileName) switch
        {
            ".csv" => "text/csv",
            ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".pdf" => "application/pdf",
            _ => "text/plain",
        });
        form.Add(file, "file", fileName);
        return await client.Http.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    /// <summary>Follows a redirect as the browser would, to read the status message on the page it lands on.</summary>
    public static async Task<Page> FollowAsync(this SiteClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.PageAsync(response.Headers.Location!.OriginalString);
    }
}
