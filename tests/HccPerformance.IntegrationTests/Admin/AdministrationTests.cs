using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Admin;

public sealed class AdministrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_Administrator_must_set_up_two_factor_sign_in_before_reaching_anything()
    {
        // A new Administrator of our own: the demo one may have set up two-factor sign-in in another test already.
        await app.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = "new.admin", Email = "new.admin@demo.invalid", DisplayName = "New Administrator" };
            await users.CreateAsync(user, TestUsers.Password);
            return await users.AddToRoleAsync(user, HccPerformance.Core.Common.Roles.Administrator);
        });
        using var client = app.CreateSiteClient();
        await client.SignInAsync("new.admin");

        var held = await client.GetAsync("/admin/users");
        Assert.Equal("/account/two-factor/enable", held.Headers.Location?.OriginalString);
        var elsewhere = await client.GetAsync("/dashboard");
        Assert.Equal("/account/two-factor/enable", elsewhere.Headers.Location?.OriginalString);

        var enrolment = await client.PageAsync("/account/two-factor/enable");
        var key = enrolment.Document.QuerySelector("#shared-key")!.TextContent;
        var wrong = await Page.ReadAsync(await client.PostFormAsync("/account/two-factor/enable", ("Input.Code", "000000")));
        Assert.Contains("The code is not right", wrong.ErrorFor("Input.Code"), StringComparison.Ordinal);

        var right = await client.PostFormAsync("/account/two-factor/enable", ("Input.Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal("/account/two-factor/recovery-codes", right.Headers.Location?.OriginalString);
        var codes = await client.PageAsync("/account/two-factor/recovery-codes");
        Assert.Equal(10, codes.Document.QuerySelectorAll(".recovery-codes li").Length);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);

        // Next time, the code is asked for at sign-in.
        using var again = app.CreateSiteClient();
        var password = await again.SignInAsync("new.admin");
        Assert.StartsWith("/account/sign-in/two-factor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_user_checks_the_form_keeps_the_typing_and_the_new_person_must_choose_a_password()
    {
        using var admin = await app.AdminClientAsync();

        var refused = await Page.ReadAsync(await admin.PostFormAsync("/admin/users/new",
            ("Input.DisplayName", "Chief Officer, Environment"), ("Input.UserName", "Chief Officer"),
            ("Input.Email", "not-an-email"), ("Input.Roles", "ChiefOfficer"), ("Input.TemporaryPassword", "short")));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.NotNull(refused.ErrorFor("Input.UserName"));
        Assert.Equal("Enter an email address in the correct format, like name@example.gov.uk", refused.ErrorFor("Input.Email"));
        Assert.StartsWith("Choose a department", refused.ErrorFor("Input.DepartmentId"), StringComparison.Ordinal);
        Assert.Equal("The password must be at least 12 characters", refused.ErrorFor("Input.TemporaryPassword"));
        Assert.Equal("Chief Officer, Environment", refused.ValueOf("Input.DisplayName"));
        Assert.Equal("not-an-email", refused.ValueOf("Input.Email"));

        var environment = await DepartmentIdAsync("ENV");
        var created = await admin.PostFormAsync("/admin/users/new",
            ("Input.DisplayName", "Chief Officer, Environment"), ("Input.UserName", "acting.chief.officer.env"),
            ("Input.Email", "acting.chief.officer.env@demo.invalid"), ("Input.Roles", "ChiefOfficer"),
            ("Input.DepartmentId", environment.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.TemporaryPassword", "a-temporary-password"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        using var person = app.CreateSiteClient();
        await person.SignInAsync("acting.chief.officer.env", "a-temporary-password");
        Assert.Equal("/account/change-password", (await person.GetAsync($"/departments/{environment}")).Headers.Location?.OriginalString);
        var changed = await person.PostFormAsync("/account/change-password", ("Input.CurrentPassword", "a-temporary-password"),
            ("Input.NewPassword", "my-own-long-password"), ("Input.ConfirmPassword", "my-own-long-password"));
        Assert.Equal("/", changed.Headers.Location?.OriginalString);
        var home = await person.PageAsync("/");
        Assert.Equal("Your department this quarter: Environment", home.H1);
    }

    [Fact]
    public async Task A_duplicate_user_name_is_refused_beside_the_field()
    {
        using var admin = await app.AdminClientAsync();

        var page = await Page.ReadAsync(await admin.PostFormAsync("/admin/users/new",
            ("Input.DisplayName", "Another cabinet member"), ("Input.UserName", TestUsers.Cabinet),
            ("Input.Email", "another.cabinet@demo.invalid"), ("Input.Roles", "Cabinet"), ("Input.TemporaryPassword", "a-temporary-password")));

        Assert.Contains("already taken", page.ErrorFor("Input.UserName"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Locking_an_account_ends_its_session_and_stops_sign_in_until_unlocked()
    {
        using var admin = await app.AdminClientAsync();
        using var person = app.CreateSiteClient();
        await person.SignInAsync(TestUsers.ExecutiveMember);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/dashboard")).StatusCode);
        var id = await UserIdAsync(TestUsers.ExecutiveMember);

        await admin.PostFormToAsync($"/admin/users/{id}", $"/admin/users/{id}/lock");

        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync("/dashboard")).StatusCode);
        var refused = await Page.ReadAsync(await person.SignInAsync(TestUsers.ExecutiveMember));
        Assert.Contains("locked", refused.ErrorFor("Input.Password"), StringComparison.Ordinal);

        await admin.PostFormToAsync($"/admin/users/{id}", $"/admin/users/{id}/unlock");
        Assert.Equal("/", (await person.SignInAsync(TestUsers.ExecutiveMember)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Forcing_a_password_reset_signs_the_person_out_and_makes_them_choose_a_new_one()
    {
        using var admin = await app.AdminClientAsync();
        using var person = app.CreateSiteClient();
        await person.SignInAsync(TestUsers.PerformanceTeam);
        var id = await UserIdAsync(TestUsers.PerformanceTeam);

        var reset = await admin.PostFormAsync($"/admin/users/{id}/reset-password", ("Input.TemporaryPassword", "temporary-password-123"));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync("/home")).StatusCode);
        await person.SignInAsync(TestUsers.PerformanceTeam, "temporary-password-123");
        Assert.Equal("/account/change-password", (await person.GetAsync("/home")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Changing_roles_and_department_is_saved_in_one_step_and_audited()
    {
        using var admin = await app.AdminClientAsync();
        var id = await UserIdAsync(TestUsers.CpegMember);
        var children = await DepartmentIdAsync("CS");
        var form = await admin.PageAsync($"/admin/users/{id}");

        var saved = await admin.PostFormAsync($"/admin/users/{id}",
            ("Input.DisplayName", "CPEG member, Children's Services"), ("Input.Email", "cpeg.member@demo.invalid"),
            ("Input.Roles", "CpegMember"), ("Input.Roles", "ServiceManager"),
            ("Input.DepartmentId", children.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.ConcurrencyStamp", form.ValueOf("Input.ConcurrencyStamp")!));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var audit = await admin.PageAsync("/audit?userName=admin");
        Assert.Contains("CPEG member → CPEG member, Children's Services", audit.Text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("IdentityUserRole", audit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_edit_of_a_user_is_refused_showing_the_other_change_and_keeping_the_typing()
    {
        using var admin = await app.AdminClientAsync();
        var id = await UserIdAsync(TestUsers.SelectCommittee);
        var form = await admin.PageAsync($"/admin/users/{id}");
        var stamp = form.ValueOf("Input.ConcurrencyStamp")!;
        (string, string)[] Edit(string name) =>
        [
            ("Input.DisplayName", name), ("Input.Email", "select.committee@demo.invalid"),
            ("Input.Roles", "SelectCommittee"), ("Input.ConcurrencyStamp", stamp),
        ];

        var first = await admin.PostFormAsync($"/admin/users/{id}", Edit("Select Committee member (first)"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.Id == id).Select(u => u.ConcurrencyStamp).SingleAsync());
        Assert.NotEqual(stamp, stored);
        var second = await Page.ReadAsync(await admin.PostFormAsync($"/admin/users/{id}", Edit("Select Committee member (second)")));

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Contains("Someone else changed this account", second.Text, StringComparison.Ordinal);
        Assert.Contains("Select Committee member (first)", second.Document.QuerySelector("#their-version")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Select Committee member (second)", second.ValueOf("Input.DisplayName"));
    }


    private Task<string> UserIdAsync(string userName) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<int> DepartmentIdAsync(string code) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());
}
