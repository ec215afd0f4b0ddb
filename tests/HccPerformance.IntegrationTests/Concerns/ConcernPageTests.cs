using System.Globalization;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Concerns;

/// <summary>The concern pages: bad input is refused beside its field with the typing kept; who may decide, per role.</summary>
public sealed class ConcernPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<string> RaiseAndDecideAsync(SiteClient cpeg, string title)
    {
        var raised = await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", title), ("Input.Evidence", "Three quarters red"), ("Input.Source", "ByHand"));
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var path = raised.Headers.Location!.OriginalString;
        var page = await cpeg.PageAsync(path);
        var decided = await cpeg.PostFormToAsync(path, path + "/decide", ("Decide.Important", "true"), ("Decide.LocalImportanceReason", "An LAA target"),
            ("Decide.Version", page.ValueOf("Decide.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        return path;
    }

    [Fact]
    public async Task Bad_input_is_named_beside_its_field_and_nothing_changes()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);

        var empty = await Page.ReadAsync(await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", ""), ("Input.Evidence", "Kept evidence"), ("Input.Source", "ByHand")));
        Assert.Equal("Say what the concern is", empty.ErrorFor("Input.Title"));
        Assert.Equal("Kept evidence", empty.Document.QuerySelector("textarea[name='Input.Evidence']")!.TextContent.Trim());

        var path = await RaiseAndDecideAsync(cpeg, "Page test concern");
        var page = await cpeg.PageAsync(path);
        var menu = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().MenuOfInterventions.Where(m => m.Number == 7).Select(m => m.Id).SingleAsync());
        var noOfficer = await Page.ReadAsync(await cpeg.PostFormToAsync(path, path + "/interventions",
            ("Assign.MenuItemId", menu.ToString(CultureInfo.InvariantCulture)), ("Assign.ResponsibleUserId", ""), ("Assign.FrequencyMonths", "2"), ("Assign.Version", page.ValueOf("Assign.Version")!)));
        Assert.Equal("Choose a responsible officer who has an account", noOfficer.ErrorFor("Assign.ResponsibleUserId"));
        Assert.Equal("2", noOfficer.Document.QuerySelector("select[name='Assign.FrequencyMonths'] option[selected]")?.GetAttribute("value"));

        var noOutcome = await Page.ReadAsync(await cpeg.PostFormToAsync(path, path + "/close", ("Close.OutcomeKind", "Held"), ("Close.Outcome", " "), ("Close.Version", page.ValueOf("Close.Version")!)));
        Assert.StartsWith("Say what the outcome was", noOutcome.ErrorFor("Close.Outcome"), StringComparison.Ordinal);
        Assert.Contains("Interventions under way", noOutcome.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern
            .Where(c => c.Title == "Page test concern").SelectMany(c => c.Interventions).CountAsync()));
    }

    [Theory]
    [InlineData(TestUsers.HeadOfImprovement)]
    [InlineData(TestUsers.PerformanceTeam)]
    [InlineData(TestUsers.ChiefOfficer)]
    public async Task Only_CPEG_and_the_Chief_Executive_decide(string userName)
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var raised = await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", $"Decided by {userName}?"), ("Input.Evidence", "Red"), ("Input.Source", "ByHand"));
        var path = raised.Headers.Location!.OriginalString;

        using var other = app.CreateSiteClient();
        await other.SignInAsync(userName);
        var page = await other.PageAsync(path);
        Assert.Null(page.Document.QuerySelector("form[action$='/decide']"));
        var refused = await other.PostFormToAsync(path, path + "/decide", ("Decide.Important", "true"), ("Decide.LocalImportanceReason", "Mine to say"),
            ("Decide.Version", (await cpeg.PageAsync(path)).ValueOf("Decide.Version")!));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Waiting for CPEG", (await cpeg.PageAsync(path)).Text, StringComparison.Ordinal);

        // Who may comes before what was typed: bad input from someone who may not decide is the 403 page too, not the form.
        var empty = await other.PostFormToAsync(path, path + "/decide", ("Decide.LocalImportanceReason", ""),
            ("Decide.Version", (await cpeg.PageAsync(path)).ValueOf("Decide.Version")!));
        Assert.Equal(HttpStatusCode.Forbidden, empty.StatusCode);
    }

    [Fact]
    public async Task Someone_else_s_decision_first_keeps_the_typing_with_their_version_so_a_second_save_works()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var path = await RaiseAndDecideAsync(cpeg, "Conflict test concern");
        var stale = await cpeg.PageAsync(path);
        var escalated = await cpeg.PostFormToAsync(path, path + "/escalate", ("Escalate.Body", "Cmt"), ("Escalate.Reason", "First escalation"),
            ("Escalate.Version", stale.ValueOf("Escalate.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, escalated.StatusCode);

        var refused = await Page.ReadAsync(await cpeg.PostFormToAsync(path, path + "/escalate", ("Escalate.Body", "Cabinet"), ("Escalate.Reason", "Second, typed on the old page"),
            ("Escalate.Version", stale.ValueOf("Escalate.Version")!)));
        Assert.Contains("Someone else changed this concern", refused.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("First escalation", refused.Text, StringComparison.Ordinal);
        Assert.Equal("Second, typed on the old page", refused.Document.QuerySelector("textarea[name='Escalate.Reason']")!.TextContent.Trim());

        var again = await cpeg.PostFormToAsync(path, path + "/escalate", ("Escalate.Body", "Cabinet"), ("Escalate.Reason", "Second, typed on the old page"),
            ("Escalate.Version", refused.ValueOf("Escalate.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }
}
