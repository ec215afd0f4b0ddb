using System.Globalization;
using System.Net;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Concerns;

/// <summary>
/// Issue 15: escalations that reach their body. Assigning item 15 escalates to Cabinet, whose members see it on their home
/// page, read it and record the body's one response, which CPEG reads; Executive Members escalate their own department's
/// concerns to the Leader and Cabinet; anyone responsible puts an issue to CPEG for their own department; CPEG sets the
/// next report-back by a category. Who may not is refused (403, or 404 for what they cannot read).
/// </summary>
public sealed class EscalationResponseTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string S(int i) => i.ToString(CultureInfo.InvariantCulture);

    private Task<int> MenuAsync(int number) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().MenuOfInterventions.Where(m => m.Number == number).Select(m => m.Id).SingleAsync());

    private Task<string> UserIdAsync(string userName) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<int> DepartmentOfAsync(string userName) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.DepartmentId!.Value).SingleAsync());

    private Task<AreaOfConcern> LoadAsync(string path)
    {
        var id = int.Parse(path.Split('/')[^1], CultureInfo.InvariantCulture);
        return app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.AsNoTracking()
            .Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).Include(c => c.Escalations).ThenInclude(e => e.Response).AsSplitQuery()
            .SingleAsync(c => c.Id == id));
    }

    /// <summary>A concern CPEG raised (for a department, or council-wide) and judged to matter; its path.</summary>
    private async Task<string> ActiveAsync(SiteClient cpeg, string title, int? departmentId = null)
    {
        var raised = await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", title), ("Input.Evidence", "Red for three quarters"),
            ("Input.Source", "ByHand"), ("Input.DepartmentId", departmentId is { } d ? S(d) : ""));
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var path = raised.Headers.Location!.OriginalString;
        var decided = await cpeg.PostFormToAsync(path, path + "/decide", ("Decide.Important", "true"), ("Decide.LocalImportanceReason", "An LAA target"),
            ("Decide.Version", (await cpeg.PageAsync(path)).ValueOf("Decide.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        return path;
    }

    private async Task<HttpResponseMessage> AssignAsync(SiteClient cpeg, string path, int number, string? category)
    {
        var fields = new List<(string, string)> { ("Assign.MenuItemId", S(await MenuAsync(number))), ("Assign.ResponsibleUserId", await UserIdAsync(TestUsers.HeadOfImprovement)),
            ("Assign.Version", (await cpeg.PageAsync(path)).ValueOf("Assign.Version")!) };
        if (category is not null)
        {
            fields.Add(("Assign.FrequencyMonths", category));
        }

        return await cpeg.PostFormToAsync(path, path + "/interventions", [.. fields]);
    }

    [Fact]
    public async Task CPEG_assigns_Cabinet_support_and_a_Cabinet_member_reads_it_at_home_and_responds_once_and_CPEG_reads_the_response()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var path = await ActiveAsync(cpeg, "Escalation response test: Cabinet support");

        Assert.Equal(HttpStatusCode.Redirect, (await AssignAsync(cpeg, path, 15, "2")).StatusCode);
        var escalation = Assert.Single((await LoadAsync(path)).Escalations);
        Assert.Equal(EscalatedTo.Cabinet, escalation.Body);

        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var home = await cabinet.PageAsync("/what-needs-you");
        var section = home.Document.QuerySelector("#escalations-to-you");
        Assert.NotNull(section);
        Assert.Contains("Escalation response test: Cabinet support", section.TextContent, StringComparison.Ordinal);
        var page = await cabinet.PageAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("CPEG assigned 15. Cabinet support", page.Text, StringComparison.Ordinal);

        // Bad input is named beside its field, the typing kept, nothing written.
        var action = $"{path}/escalations/{escalation.Id}/response";
        var empty = await Page.ReadAsync(await cabinet.PostFormToAsync(path, action, ("Respond.Kind", "Decision"), ("Respond.Text", " ")));
        Assert.Equal("Say what the response is", empty.ErrorFor("Respond.Text"));
        var noKind = await Page.ReadAsync(await cabinet.PostFormToAsync(path, action, ("Respond.Text", "Kept words")));
        Assert.Equal("Say whether it is a decision, a request or noted", noKind.ErrorFor("Respond.Kind"));
        Assert.Equal("Kept words", noKind.Document.QuerySelector("#Respond_Text")!.TextContent.Trim());
        Assert.Null((await LoadAsync(path)).Escalations.Single().Response);

        var answered = await cabinet.PostFormToAsync(path, action, ("Respond.Kind", "Decision"), ("Respond.Text", "Cabinet agrees extra crews for the winter."));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        // The Leader also sits on Cabinet: a second response is refused in words that show the first.
        using var leader = app.CreateSiteClient();
        await leader.SignInAsync(TestUsers.Leader);
        var second = await Page.ReadAsync(await leader.PostFormToAsync(path, action, ("Respond.Kind", "Noted"), ("Respond.Text", "Noted by the Leader")));
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Contains("Cabinet has already responded", second.ErrorFor("Respond.Text"), StringComparison.Ordinal);
        Assert.Contains("Cabinet agrees extra crews for the winter.", second.ErrorFor("Respond.Text"), StringComparison.Ordinal);
        Assert.Equal("Cabinet agrees extra crews for the winter.", (await LoadAsync(path)).Escalations.Single().Response!.Text);

        var read = await cpeg.PageAsync(path);
        Assert.Contains("Cabinet agrees extra crews for the winter.", read.Document.QuerySelector($"#escalation-{escalation.Id}")!.TextContent, StringComparison.Ordinal);
        var cpegId = await UserIdAsync(TestUsers.CpegMember);
        Assert.True(await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Notifications
            .AnyAsync(n => n.UserId == cpegId && n.Link == path && n.Text.StartsWith("Cabinet responded"))));
    }

    [Theory]
    [InlineData(TestUsers.SelectCommittee, HttpStatusCode.NotFound)]
    [InlineData(TestUsers.ChiefOfficer, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.PerformanceTeam, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.CpegMember, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.PerformanceMember, HttpStatusCode.Forbidden)]
    public async Task Only_the_bodys_members_respond(string userName, HttpStatusCode refused)
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var path = await ActiveAsync(cpeg, $"Escalation response test: not for {userName}");
        await AssignAsync(cpeg, path, 15, "3");
        var escalation = (await LoadAsync(path)).Escalations.Single();

        using var other = app.CreateSiteClient();
        await other.SignInAsync(userName);
        var response = await other.PostFormToAsync("/dashboard", $"{path}/escalations/{escalation.Id}/response", ("Respond.Kind", "Noted"), ("Respond.Text", "Not ours"));

        Assert.Equal(refused, response.StatusCode);
        Assert.Null((await LoadAsync(path)).Escalations.Single().Response);
    }

    [Theory]
    [InlineData(13, TestUsers.ChiefExecutive, "/cpeg")]
    [InlineData(14, TestUsers.PerformanceMember, "/what-needs-you")]
    [InlineData(17, TestUsers.SelectCommittee, "/what-needs-you")]
    public async Task Each_escalating_item_reaches_its_bodys_home_page(int number, string member, string home)
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var title = $"Escalation response test: item {number}";
        var path = await ActiveAsync(cpeg, title);
        Assert.Equal(HttpStatusCode.Redirect, (await AssignAsync(cpeg, path, number, "6")).StatusCode);

        using var client = app.CreateSiteClient();
        await client.SignInAsync(member);
        Assert.Contains(title, (await client.PageAsync(home)).Document.QuerySelector("#escalations-to-you")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_Chief_Officer_sees_CMT_escalations_on_their_own_department_page()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        await AssignAsync(cpeg, await ActiveAsync(cpeg, "Escalation response test: for CMT"), 13, "1");

        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.ChiefOfficer);
        var own = await officer.PageAsync($"/departments/{await DepartmentOfAsync(TestUsers.ChiefOfficer)}");
        Assert.Contains("Escalation response test: for CMT", own.Document.QuerySelector("#escalations-to-you")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Executive_Member_escalates_their_own_departments_concern_to_the_Leader_and_no_further()
    {
        var department = await DepartmentOfAsync(TestUsers.ExecutiveMember);
        var otherDepartment = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Id != department).Select(d => d.Id).FirstAsync());
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var own = await ActiveAsync(cpeg, "Escalation response test: the Executive Member's own", department);
        var others = await ActiveAsync(cpeg, "Escalation response test: another portfolio", otherDepartment);

        using var member = app.CreateSiteClient();
        await member.SignInAsync(TestUsers.ExecutiveMember);
        var page = await member.PageAsync(own);
        var options = page.Document.QuerySelectorAll("select#Escalate_Body option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.Equal(["Leader", "Cabinet"], options);
        var cmt = await Page.ReadAsync(await member.PostFormToAsync(own, own + "/escalate", ("Escalate.Body", "Cmt"), ("Escalate.Reason", "Beyond us")));
        Assert.Equal("An Executive Member escalates an issue of their portfolio to the Leader or Cabinet.", cmt.ErrorFor("Escalate.Body"));
        Assert.Empty((await LoadAsync(own)).Escalations);

        var escalated = await member.PostFormToAsync(own, own + "/escalate", ("Escalate.Body", "Leader"), ("Escalate.Reason", "Partners must act; the Leader can ask them."));
        Assert.Equal(HttpStatusCode.Redirect, escalated.StatusCode);
        var escalation = Assert.Single((await LoadAsync(own)).Escalations);
        Assert.Equal((EscalatedTo.Leader, true), (escalation.Body, escalation.RaisedBy!.Contains("Executive Member", StringComparison.Ordinal)));

        Assert.Null((await member.PageAsync(others)).Document.QuerySelector("form[action$='/escalate']"));
        Assert.Equal(HttpStatusCode.Forbidden,
            (await member.PostFormToAsync(others, others + "/escalate", ("Escalate.Body", "Leader"), ("Escalate.Reason", "Not mine"))).StatusCode);

        using var leader = app.CreateSiteClient();
        await leader.SignInAsync(TestUsers.Leader);
        Assert.Contains("Escalation response test: the Executive Member's own", (await leader.PageAsync("/what-needs-you")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(others)).StatusCode);

        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync(own)).StatusCode);
    }

    [Theory]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.ServiceManager)]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.HeadOfImprovement)]
    public async Task Others_may_not_escalate(string userName)
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var path = await ActiveAsync(cpeg, $"Escalation response test: escalated by {userName}?", await DepartmentOfAsync(TestUsers.ChiefOfficer));

        using var other = app.CreateSiteClient();
        await other.SignInAsync(userName);
        var refused = await other.PostFormToAsync("/dashboard", path + "/escalate", ("Escalate.Body", "Leader"), ("Escalate.Reason", "Why not"));

        Assert.Equal(userName == TestUsers.Cabinet ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty((await LoadAsync(path)).Escalations);
    }

    [Theory]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.ExecutiveMember)]
    [InlineData(TestUsers.ServiceManager)]
    public async Task Anyone_responsible_puts_an_issue_to_CPEG_for_their_own_department_and_not_another(string userName)
    {
        var department = await DepartmentOfAsync(userName);
        var other = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Id != department).Select(d => d.Id).FirstAsync());
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);

        var form = await client.PageAsync("/concerns/new");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal([S(department)], form.Document.QuerySelectorAll("select#Input_DepartmentId option").Select(o => o.GetAttribute("value")).ToList());

        var title = $"Blocker test by {userName}";
        var raised = await client.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", title), ("Input.Evidence", "A purchasing rule we cannot waive"),
            ("Input.Source", "Disempowerment"), ("Input.DepartmentId", S(department)));
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var concern = await LoadAsync(raised.Headers.Location!.OriginalString);
        Assert.Equal((ConcernSource.Disempowerment, ConcernStatus.Raised, department), (concern.Source, concern.Status, concern.DepartmentId!.Value));

        var refused = await client.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", "Another department's"), ("Input.Evidence", "Not ours"),
            ("Input.Source", "ByHand"), ("Input.DepartmentId", S(other)));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.AnyAsync(c => c.Title == "Another department's")));
    }

    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.Leader)]
    [InlineData(TestUsers.SelectCommittee)]
    public async Task Members_only_do_not_raise(string userName)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/concerns/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync("/dashboard", "/concerns/new", ("Input.Title", "x"), ("Input.Evidence", "y"))).StatusCode);
    }

    [Fact]
    public async Task A_Service_Manager_raises_on_an_indicator_they_answer_for_and_not_on_anothers()
    {
        var manager = await UserIdAsync(TestUsers.ServiceManager);
        var (mine, theirs) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            return (await db.Indicators.Where(i => i.ServiceManagerId == manager).Select(i => i.Id).FirstAsync(),
                await db.Indicators.Where(i => i.ServiceManagerId != manager || i.ServiceManagerId == null).Select(i => i.Id).FirstAsync());
        });
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.ServiceManager);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/concerns/new?source=Indicator&sourceId={mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/concerns/new?source=Indicator&sourceId={theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync("/dashboard", "/concerns/new", ("Input.Title", "x"), ("Input.Evidence", "y"),
            ("Input.Source", "Indicator"), ("Input.SourceId", S(theirs)))).StatusCode);
    }

    [Fact]
    public async Task CPEG_accepts_a_report_back_and_sets_the_next_by_a_category_or_must_say_what_comes_next()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var path = await ActiveAsync(cpeg, "Escalation response test: next report-back");
        Assert.Equal(HttpStatusCode.Redirect, (await AssignAsync(cpeg, path, 4, null)).StatusCode);
        var first = (await LoadAsync(path)).Interventions.Single().ReportBacks.Single();
        Assert.Equal(ConcernTestData.Today(app).AddMonths(1), first.DueOn);

        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.HeadOfImprovement);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormToAsync(path, $"{path}/report-backs/{first.Id}", ("Report.Progress", "Two crews added"),
            ("Report.Rag", "Amber"), ("Report.Version", (await officer.PageAsync(path)).ValueOf("Report.Version")!))).StatusCode);

        var noNext = await Page.ReadAsync(await cpeg.PostFormToAsync(path, $"{path}/report-backs/{first.Id}/review", ("Review.Decision", "Accepted"),
            ("Review.Version", (await cpeg.PageAsync(path)).ValueOf("Review.Version")!)));
        Assert.Equal("Choose when the next report-back is due, or end the intervention", noNext.ErrorFor("Review.NextMonths"));
        Assert.Null((await LoadAsync(path)).Interventions.Single().ReportBacks.Single().Review);

        Assert.Equal(HttpStatusCode.Redirect, (await cpeg.PostFormToAsync(path, $"{path}/report-backs/{first.Id}/review", ("Review.Decision", "Accepted"),
            ("Review.NextMonths", "3"), ("Review.Version", (await cpeg.PageAsync(path)).ValueOf("Review.Version")!))).StatusCode);
        var dues = (await LoadAsync(path)).Interventions.Single().ReportBacks.Select(r => r.DueOn).ToList();
        Assert.Equal([first.DueOn, ConcernTestData.Today(app).AddMonths(3)], dues);
        Assert.Contains("Category two (within three months)", (await cpeg.PageAsync(path)).Text, StringComparison.Ordinal);
    }
}
