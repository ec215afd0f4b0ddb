using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Concerns;

/// <summary>
/// "The escalated body's members see it" (issue 7): Cabinet role holders read concerns escalated to Cabinet or CMT, the
/// Performance Executive Member those escalated to them, Select Committee members those referred to Overview and
/// Scrutiny; read only, and nothing else. Officers keep reading every concern.
/// </summary>
public sealed class EscalatedConcernTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private readonly Dictionary<string, string> paths = [];

    private static readonly (string Title, string? Body)[] Concerns =
    [
        ("Escalation test: to Cabinet", "Cabinet"),
        ("Escalation test: to CMT", "Cmt"),
        ("Escalation test: to the Performance Executive Member", "PerformanceExecutiveMember"),
        ("Escalation test: to Overview and Scrutiny", "OverviewAndScrutiny"),
        ("Escalation test: kept within CPEG", null),
    ];

    /// <summary>Raises the five concerns once for the class (xUnit makes an instance per test; the factory is shared).</summary>
    public async Task InitializeAsync()
    {
        var existing = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern
            .Where(c => c.Title.StartsWith("Escalation test")).ToDictionaryAsync(c => c.Title, c => c.Id));
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        foreach (var (title, body) in Concerns)
        {
            if (existing.TryGetValue(title, out var id))
            {
                paths[title] = $"/concerns/{id}";
                continue;
            }

            var raised = await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", title), ("Input.Evidence", "Red for a year"), ("Input.Source", "ByHand"));
            var path = raised.Headers.Location!.OriginalString;
            var page = await cpeg.PageAsync(path);
            await cpeg.PostFormToAsync(path, path + "/decide", ("Decide.Important", "true"), ("Decide.LocalImportanceReason", "An LAA target"),
                ("Decide.Version", page.ValueOf("Decide.Version")!));
            if (body is not null)
            {
                page = await cpeg.PageAsync(path);
                var escalated = await cpeg.PostFormToAsync(path, path + "/escalate", ("Escalate.Body", body), ("Escalate.Reason", "Beyond CPEG"),
                    ("Escalate.Version", page.ValueOf("Escalate.Version")!));
                Assert.Equal(HttpStatusCode.Redirect, escalated.StatusCode);
            }

            paths[title] = path;
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(TestUsers.Cabinet, "Cabinet")]
    [InlineData(TestUsers.Leader, "Cabinet")]
    [InlineData(TestUsers.SelectCommittee, "Overview and Scrutiny")]
    public async Task A_member_reads_only_what_was_escalated_to_their_body_and_without_the_forms(string userName, string bodies)
    {
        var theirs = bodies.Split(',').Select(b => Concerns.Single(c => c.Title.EndsWith(b, StringComparison.Ordinal)).Title).ToList();
        using var member = app.CreateSiteClient();
        await member.SignInAsync(userName);

        var list = await member.PageAsync("/concerns");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal("Escalated concerns", list.H1);
        var listed = list.Document.QuerySelectorAll("tbody th a").Select(a => a.TextContent.Trim()).Where(t => t.StartsWith("Escalation test", StringComparison.Ordinal)).ToList();
        Assert.Equal(theirs.Order(), listed.Order());
        Assert.Equal(list.Document.QuerySelectorAll("tbody th a").Length,
            (await member.PageAsync("/concerns/escalated")).Document.QuerySelectorAll("tbody th a").Length);
        Assert.NotNull((await member.PageAsync("/dashboard")).Document.QuerySelector("nav a[href='/concerns/escalated']"));

        foreach (var (title, _) in Concerns)
        {
            var response = await member.GetAsync(paths[title]);
            if (theirs.Contains(title))
            {
                var page = await Page.ReadAsync(response);
                Assert.Equal(HttpStatusCode.OK, page.Status);
                Assert.Equal(title, page.H1);
                Assert.Contains("Beyond CPEG", page.Text, StringComparison.Ordinal);
                // The one form a member has is their body's response to the escalation (issue 15).
                Assert.All(page.Document.QuerySelectorAll("main form"), f => Assert.EndsWith("/response", f.GetAttribute("action"), StringComparison.Ordinal));
            }
            else
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }

        // Reading is all: a decision posted by hand is refused, and so is raising one.
        var mine = paths[theirs[0]];
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var version = (await cpeg.PageAsync(mine)).ValueOf("Escalate.Version")!;
        var refused = await member.PostFormToAsync("/dashboard", mine + "/escalate", ("Escalate.Body", "Cabinet"), ("Escalate.Reason", "Again"), ("Escalate.Version", version));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/concerns/new")).StatusCode);
    }

    [Fact]
    public async Task The_Performance_Executive_Member_reads_every_concern_and_has_those_escalated_to_them_in_a_list_of_their_own()
    {
        using var member = app.CreateSiteClient();
        await member.SignInAsync(TestUsers.PerformanceMember);

        var all = (await member.PageAsync("/concerns")).Text;
        Assert.All(Concerns, c => Assert.Contains(c.Title, all, StringComparison.Ordinal));
        var escalated = await member.PageAsync("/concerns/escalated");
        Assert.Equal("Escalated concerns", escalated.H1);
        var listed = escalated.Document.QuerySelectorAll("tbody th a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Escalation test: to the Performance Executive Member", listed);
        Assert.DoesNotContain("Escalation test: to Cabinet", listed);
        Assert.DoesNotContain("Escalation test: kept within CPEG", listed);
    }

    [Theory]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.ServiceManager)]
    [InlineData(TestUsers.HeadOfImprovement)]
    public async Task Officers_keep_reading_every_concern(string userName)
    {
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(userName);

        var list = await officer.PageAsync("/concerns");
        Assert.Equal("Areas of concern", list.H1);
        Assert.All(Concerns, c => Assert.Contains(c.Title, list.Text, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(paths["Escalation test: kept within CPEG"])).StatusCode);
        Assert.Null((await officer.PageAsync("/concerns")).Document.QuerySelector("nav a[href='/concerns/escalated']"));
    }
}
