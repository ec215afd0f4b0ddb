using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HccPerformance.IntegrationTests.Support;

/// <summary>Drives the site as a person with a browser would: reads pages, posts forms with the page's antiforgery token.</summary>
public sealed class SiteClient(HttpClient http) : IDisposable
{

    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> GetAsync(string path) => await Http.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>GET, following redirects, and parse the page.</summary>
    public async Task<Page> PageAsync(string path)
    {
        var response = await GetAsync(path);
        var hops = 0;
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && hops++ < 10)
        {
            response = await GetAsync(response.Headers.Location!.OriginalString);
        }

        return await Page.ReadAsync(response);
    }

    /// <summary>Posts the form the page shows at <paramref name="formPath"/>, taking the antiforgery token from that page.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPath, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var page = await PageAsync(formPath);
        var token = page.AntiforgeryToken();
        var values = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await Http.PostAsync(new Uri(action ?? formPath, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    public Task<HttpResponseMessage> PostFormAsync(string formPath, params (string Name, string Value)[] fields) =>
        PostFormAsync(formPath, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public Task<HttpResponseMessage> PostFormToAsync(string formPath, string action, params (string Name, string Value)[] fields) =>
        PostFormAsync(formPath, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), action);

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password = TestUsers.Password) =>
        await PostFormAsync("/account/sign-in", ("Input.UserName", userName), ("Input.Password", password));

    /// <summary>Signs in and, for an Administrator, sets up the authenticator as they must; returns the key.</summary>

    public void Dispose() => Http.Dispose();
}

public sealed class Page(HttpResponseMessage response, IHtmlDocument document)
{
    public HttpResponseMessage Response { get; } = response;
    public IHtmlDocument Document { get; } = document;
    public HttpStatusCode Status => Response.StatusCode;
    public string Path => Response.RequestMessage!.RequestUri!.AbsolutePath;
    public string H1 => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";
    public string Text => Document.Body?.TextContent ?? "";

    public static async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, Parser().ParseDocument(html));
    }

    public string AntiforgeryToken() =>
        (Document.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
        ?? throw new InvalidOperationException($"No antiforgery token on {Path}");

    public string? ErrorFor(string field) => Document.QuerySelector($"#{field.Replace('.', '_')}-error")?.TextContent.Trim();

    public string? ValueOf(string field) => (Document.QuerySelector($"[name='{field}']") as IHtmlInputElement)?.Value;

    private static HtmlParser Parser() => new();
}
