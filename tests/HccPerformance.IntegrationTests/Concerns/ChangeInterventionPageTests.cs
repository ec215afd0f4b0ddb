using System.Globalization;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Concerns;

/// <summary>CPEG changes an intervention's officer after a report-back; the new officer is told and reports back; no one else may change it.</summary>
public sealed class ChangeInterventionPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<string> UserIdAsync(string userName) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private async Task<string> AssignedAsync(SiteClient cpeg, string title)
    {
        var raised = await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", title), ("Input.Evidence", "Red for three quarters"), ("Input.Source", "ByHand"));
        var path = raised.Headers.Location!.OriginalString;
        var decided = await cpeg.PostFormToAsync(path, path + "/decide", ("Decide.Important", "true"), ("Decide.LocalImportanceReason", "An LAA target"),
            ("Decide.Version", (await cpeg.PageAsync(path)).ValueOf("Decide.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var menu = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().MenuOfInterventions.Where(m => m.Number == 5).Select(m => m.Id).SingleAsync());
        var assigned = await cpeg.PostFormToAsync(path, path + "/interventions", ("Assign.MenuItemId", menu.ToString(CultureInfo.InvariantCulture)),
            ("Assign.ResponsibleUserId", await UserIdAsync(TestUsers.ChiefOfficer)), ("Assign.FrequencyMonths", "2"),
            ("Assign.Version", (await cpeg.PageAsync(path)).ValueOf("Assign.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        return path;
    }

    private Task<int> InterventionIdAsync(string title) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.Where(c => c.Title == title).SelectMany(c => c.Interventions).Select(i => i.Id).SingleAsync());

    [Fact]
    public async Task CPEG_hands_an_intervention_to_another_officer_who_is_told()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var path = await AssignedAsync(cpeg, "Handed-over intervention");
        var intervention = await InterventionIdAsync("Handed-over intervention");

        var changed = await cpeg.PostFormToAsync(path, $"{path}/interventions/{intervention}", ("Change.ResponsibleUserId", await UserIdAsync(TestUsers.ServiceManager)),
            ("Change.FrequencyMonths", "2"), ("Change.Version", (await cpeg.PageAsync(path)).ValueOf("Change.Version")!));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var managerId = await UserIdAsync(TestUsers.ServiceManager);
        var managerName = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.Id == managerId).Select(u => u.DisplayName).SingleAsync());
        Assert.Contains($"Responsible: {managerName}.", (await cpeg.PageAsync(path)).Text, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Notifications
            .CountAsync(n => n.UserId == managerId && n.Text.Contains("CPEG made you responsible for \"Strategic action plan\" on the concern \"Handed-over intervention\""))));
    }

    [Fact]
    public async Task A_category_cannot_take_another_frequency_and_the_typing_is_kept()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var raised = await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", "Category concern"), ("Input.Evidence", "Red"), ("Input.Source", "ByHand"));
        var path = raised.Headers.Location!.OriginalString;
        await cpeg.PostFormToAsync(path, path + "/decide", ("Decide.Important", "true"), ("Decide.LocalImportanceReason", "Matters"), ("Decide.Version", (await cpeg.PageAsync(path)).ValueOf("Decide.Version")!));
        var category = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().MenuOfInterventions.Where(m => m.Number == 2).Select(m => m.Id).SingleAsync());
        await cpeg.PostFormToAsync(path, path + "/interventions", ("Assign.MenuItemId", category.ToString(CultureInfo.InvariantCulture)),
            ("Assign.ResponsibleUserId", await UserIdAsync(TestUsers.ChiefOfficer)), ("Assign.Version", (await cpeg.PageAsync(path)).ValueOf("Assign.Version")!));
        var intervention = await InterventionIdAsync("Category concern");

        var refused = await Page.ReadAsync(await cpeg.PostFormToAsync(path, $"{path}/interventions/{intervention}",
            ("Change.ResponsibleUserId", await UserIdAsync(TestUsers.ChiefOfficer)), ("Change.FrequencyMonths", "1"), ("Change.Version", (await cpeg.PageAsync(path)).ValueOf("Change.Version")!)));

        Assert.Equal("Category two always reports back within 3 months: assign another category to change it.", refused.ErrorFor("Change.FrequencyMonths"));
        Assert.Equal("1", refused.Document.QuerySelector("select#Change_FrequencyMonths option[selected]")?.GetAttribute("value"));
        Assert.Equal(3, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.Where(c => c.Title == "Category concern")
            .SelectMany(c => c.Interventions).Select(i => i.FrequencyMonths).SingleAsync()));
    }

    [Theory]
    [InlineData(TestUsers.HeadOfImprovement)]
    [InlineData(TestUsers.ChiefOfficer)]
    public async Task Only_CPEG_and_the_Chief_Executive_change_interventions(string userName)
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var title = $"Changed by {userName}?";
        var path = await AssignedAsync(cpeg, title);
        var intervention = await InterventionIdAsync(title);

        using var other = app.CreateSiteClient();
        await other.SignInAsync(userName);
        var refused = await other.PostFormToAsync(path, $"{path}/interventions/{intervention}", ("Change.ResponsibleUserId", await UserIdAsync(userName)),
            ("Change.FrequencyMonths", "1"), ("Change.Version", (await cpeg.PageAsync(path)).ValueOf("Change.Version")!));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(2, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.Where(c => c.Title == title)
            .SelectMany(c => c.Interventions).Select(i => i.FrequencyMonths).SingleAsync()));
    }
}
