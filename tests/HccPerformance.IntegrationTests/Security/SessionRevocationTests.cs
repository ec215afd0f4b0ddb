using System.Net;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>Issue 14, point 1: a change of rights ends the person's other sessions at once.</summary>
public sealed class SessionRevocationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_Chief_Officer_demoted_to_Service_Manager_can_no_longer_post_to_their_assessment_with_the_old_cookie()
    {
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.ChiefOfficer);
        var path = await AssessmentPathAsync("AS");
        var form = await officer.PageAsync(path + "/edit");
        Assert.Equal(HttpStatusCode.OK, form.Status);

        using var admin = await app.AdminClientAsync();
        var id = await UserIdAsync(TestUsers.ChiefOfficer);
        var edit = await admin.PageAsync($"/admin/users/{id}");
        var demoted = await admin.PostFormAsync($"/admin/users/{id}",
            ("Input.DisplayName", edit.ValueOf("Input.DisplayName")!), ("Input.Email", edit.ValueOf("Input.Email")!),
            ("Input.Roles", Roles.ServiceManager), ("Input.DepartmentId", await DepartmentIdAsync("AS")),
            ("Input.ConcurrencyStamp", edit.ValueOf("Input.ConcurrencyStamp")!));
        Assert.Equal(HttpStatusCode.Redirect, demoted.StatusCode);

        // The old cookie, a moment later: the save is refused and the person is asked to sign in again.
        var post = await officer.Http.PostAsync(new Uri(path + "/edit", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("Input.OverallStatement", "Written after the demotion"), new("Input.Version", form.ValueOf("Input.Version") ?? ""),
            new("__RequestVerificationToken", form.AntiforgeryToken()),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/account/sign-in", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual("Written after the demotion", await StatementAsync("AS"));
    }

    [Fact]
    public async Task Changing_ones_password_ends_ones_other_sessions_at_once_and_keeps_this_one()
    {
        const string userName = "two.sessions";
        await CreateUserAsync(userName, Roles.Cabinet);
        using var first = app.CreateSiteClient();
        using var second = app.CreateSiteClient();
        await first.SignInAsync(userName);
        await second.SignInAsync(userName);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/dashboard")).StatusCode);

        var changed = await first.PostFormAsync("/account/change-password", ("Input.CurrentPassword", TestUsers.Password),
            ("Input.NewPassword", "a-brand-new-long-password"), ("Input.ConfirmPassword", "a-brand-new-long-password"));
        Assert.Equal("/", changed.Headers.Location?.OriginalString);

        var other = await second.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/account/sign-in", other.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task A_change_made_elsewhere_is_noticed_within_a_minute()
    {
        // Another instance of the site (or a database script) renews the stamp without ending sessions here.
        const string userName = "stamp.check";
        await CreateUserAsync(userName, Roles.Cabinet);
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);

        await app.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.UpdateSecurityStampAsync((await users.FindByNameAsync(userName))!);
        });
        app.Clock.Advance(TimeSpan.FromSeconds(61));

        var response = await client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private Task CreateUserAsync(string userName, string role) => app.WithScopeAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = userName, Email = userName + "@demo.invalid", DisplayName = userName };
        Assert.True((await users.CreateAsync(user, TestUsers.Password)).Succeeded);
        return await users.AddToRoleAsync(user, role);
    });

    private Task<string> UserIdAsync(string userName) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<string> DepartmentIdAsync(string code) => app.WithScopeAsync(async s =>
        (await s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync())
        .ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task<string> AssessmentPathAsync(string code) => await app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var department = await db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
        var period = (await s.GetRequiredService<ReportingPeriodService>().CurrentAsync())!;
        return SelfAssessmentService.LinkTo(department, period.Id);
    });

    private Task<string?> StatementAsync(string code) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var department = await db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
        var period = (await s.GetRequiredService<ReportingPeriodService>().CurrentAsync())!;
        var assessment = await db.SelfAssessments.AsNoTracking().Include(a => a.Items)
            .SingleOrDefaultAsync(a => a.DepartmentId == department && a.ReportingPeriodId == period.Id);
        return assessment?.Content.OverallStatement;
    });
}
