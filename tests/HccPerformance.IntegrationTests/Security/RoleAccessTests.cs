using System.Net;
using HccPerformance.IntegrationTests.Support;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>Every role against every page of the foundation: who may see it, and the friendly 403 page for the rest.</summary>
public sealed class RoleAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string, HttpStatusCode> Cases()
    {
        var data = new TheoryData<string, string, HttpStatusCode>();
        foreach (var user in TestUsers.AllButAdmin)
        {
            // Administration needs the Administrator role (and its second factor).
            data.Add(user, "/admin/users", HttpStatusCode.Forbidden);
            data.Add(user, "/admin/users/new", HttpStatusCode.Forbidden);
            data.Add(user, "/admin/reporting-periods", HttpStatusCode.Forbidden);
            data.Add(user, "/admin/demo-data", HttpStatusCode.Forbidden);
            data.Add(user, "/admin/outbox", HttpStatusCode.Forbidden);
            data.Add(user, "/admin/council-sign-in", HttpStatusCode.Forbidden);
            data.Add(user, "/departments/new", HttpStatusCode.Forbidden);
            data.Add(user, "/departments/1/edit", HttpStatusCode.Forbidden);

            // The audit trail: the Head of Improvement (and Administrators) only.
            data.Add(user, "/audit", user == TestUsers.HeadOfImprovement ? HttpStatusCode.OK : HttpStatusCode.Forbidden);

            // The Leader, Cabinet and Select Committee see the dashboard, the plan, issued reports and what reaches their body only.
            var readOnly = user is TestUsers.Leader or TestUsers.Cabinet or TestUsers.SelectCommittee;
            data.Add(user, "/departments", readOnly ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
            data.Add(user, "/departments/1", readOnly ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
            data.Add(user, "/home", readOnly ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
            // Concerns: officers read them all; members those escalated to their body (a filtered list), which every body's
            // members have: CMT (the Chief Executive and Chief Officers), the Performance Executive Member, Cabinet and the Leader,
            // Overview and Scrutiny.
            data.Add(user, "/concerns", HttpStatusCode.OK);
            var escalatedTo = user is TestUsers.Leader or TestUsers.Cabinet or TestUsers.SelectCommittee or TestUsers.PerformanceMember
                or TestUsers.ChiefExecutive or TestUsers.ChiefOfficer;
            data.Add(user, "/concerns/escalated", escalatedTo ? HttpStatusCode.OK : HttpStatusCode.Redirect);
            var raises = user is TestUsers.CpegMember or TestUsers.ChiefExecutive or TestUsers.HeadOfImprovement or TestUsers.PerformanceTeam
                or TestUsers.ChiefOfficer or TestUsers.ExecutiveMember or TestUsers.ServiceManager; // Issue 15: anyone responsible, for their own department
            data.Add(user, "/concerns/new", raises ? HttpStatusCode.OK : HttpStatusCode.Forbidden);

            // CPEG: the menu, meetings and "is it working?" for officers; the menu changed by the Head of Improvement only;
            // the report to CMT for CPEG, the Head of Improvement and CMT (the Chief Executive and the Chief Officers).
            data.Add(user, "/concerns/menu", readOnly ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
            data.Add(user, "/concerns/menu/1/retire", user == TestUsers.HeadOfImprovement ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/cpeg/meetings", readOnly ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
            data.Add(user, "/cpeg", readOnly ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
            data.Add(user, "/concerns/is-it-working", readOnly ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
            var readsReport = user is TestUsers.CpegMember or TestUsers.ChiefExecutive or TestUsers.HeadOfImprovement or TestUsers.ChiefOfficer;
            data.Add(user, "/cpeg/report", readsReport ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/cpeg/report.pdf", readsReport ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/cpeg/report.docx", readsReport ? HttpStatusCode.OK : HttpStatusCode.Forbidden); // issue 20: the PDF's rule
            data.Add(user, "/cpeg/report.csv", readsReport ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            // Issued, frozen reports to CMT (the demo's no. 1): read by the same people; issued by CPEG and the Head of Improvement.
            data.Add(user, "/cpeg/reports", readsReport ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/cpeg/reports/1", readsReport ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/cpeg/reports/1/pdf", readsReport ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/cpeg/reports/1/word", readsReport ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            var issuesReport = user is TestUsers.CpegMember or TestUsers.ChiefExecutive or TestUsers.HeadOfImprovement;
            data.Add(user, "/cpeg/reports/issue", issuesReport ? HttpStatusCode.OK : HttpStatusCode.Forbidden);

            // Indicators: the Corporate Performance Team defines them and imports files.
            var performanceTeam = user == TestUsers.PerformanceTeam ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            data.Add(user, "/indicators/new", performanceTeam);
            data.Add(user, "/indicators/1/edit", performanceTeam);
            data.Add(user, "/indicators/import", performanceTeam);
            data.Add(user, "/indicators/import-definitions", performanceTeam);
            // Issue 17: the bulk imports of scorecard membership and indicator sources, and every import's templates.
            data.Add(user, "/scorecards/import", performanceTeam);
            data.Add(user, "/indicators/import-sources", performanceTeam);
            data.Add(user, "/imports/templates/results.csv", performanceTeam);
            data.Add(user, "/imports/templates/scorecard-membership.xlsx", performanceTeam);

            // Issue 18: the Performance Team makes, renames and retires scorecards, and keeps the forward programme of
            // inspections and the intelligence from inspectorates, which everyone reads.
            data.Add(user, "/scorecards/new", performanceTeam);
            data.Add(user, "/scorecards/1/edit", performanceTeam);
            data.Add(user, "/inspections/programme", HttpStatusCode.OK);
            data.Add(user, "/inspections/programme/new", performanceTeam);
            data.Add(user, "/inspections/programme/1/edit", performanceTeam);
            data.Add(user, "/inspections/intelligence", HttpStatusCode.OK);
            data.Add(user, "/inspections/intelligence/new", performanceTeam);
            data.Add(user, "/inspections/intelligence/1/edit", performanceTeam);
            data.Add(user, "/inspections/new?expected=1", performanceTeam);
            // The main menu's groups as pages of links (its fallback without JavaScript): registers for everyone, CPEG for
            // officers (members have one link of it, in the menu itself), administration only for the Administrator.
            data.Add(user, "/menu/registers", HttpStatusCode.OK);
            data.Add(user, "/menu/cpeg", readOnly ? HttpStatusCode.NotFound : HttpStatusCode.OK);
            data.Add(user, "/menu/administration", HttpStatusCode.NotFound);

            // Everyone signed in: scorecards and indicators are the dashboard's detail pages.
            data.Add(user, "/scorecards", HttpStatusCode.OK);
            data.Add(user, "/registers", HttpStatusCode.OK);
            data.Add(user, "/inspections", HttpStatusCode.OK);
            data.Add(user, "/scorecards/1", HttpStatusCode.OK);
            data.Add(user, "/indicators", HttpStatusCode.OK);
            data.Add(user, "/indicators/1", HttpStatusCode.OK);
            data.Add(user, "/dashboard", HttpStatusCode.OK);
            // Issue 18: each box of the glance view opens its detail page, open to everyone who reads the dashboard.
            data.Add(user, "/dashboard/box/plan", HttpStatusCode.OK);
            data.Add(user, "/dashboard/box/risks", HttpStatusCode.OK);
            data.Add(user, "/dashboard/box/intelligence", HttpStatusCode.OK);
            data.Add(user, "/dashboard/box/no-such-box", HttpStatusCode.NotFound);
            // Scrutiny reviews: everyone reads the list (each sees the reviews they may read); Select Committee members start them.
            data.Add(user, "/scrutiny", HttpStatusCode.OK);
            data.Add(user, "/scrutiny/new", user == TestUsers.SelectCommittee ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/guidance", HttpStatusCode.OK);

            // Issue 16: the Head of Improvement proposes an area from a record (or of local importance); an area's impact
            // assessment and its service plans are written by its accountable Chief Officer (area 2, Personalisation, is Adult
            // Services', chief.officer's department), the Head of Improvement and the Performance Team.
            data.Add(user, "/plan/areas/new?from=local", user == TestUsers.HeadOfImprovement ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            var areaWriter = user is TestUsers.HeadOfImprovement or TestUsers.PerformanceTeam or TestUsers.ChiefOfficer;
            data.Add(user, "/plan/areas/2/impact-assessment", areaWriter ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/plan/areas/2/service-plans", areaWriter ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            // Issue 16, the plan's life: everyone signed in reads every plan and each plan's steps (term 1 is the 2008-2011 plan,
            // term 2 the demo's successor, a draft); only the Head of Improvement records reviews.
            data.Add(user, "/plan/all", HttpStatusCode.OK);
            data.Add(user, "/plan/terms/1", HttpStatusCode.OK);
            data.Add(user, "/plan/terms/2", HttpStatusCode.OK);
            data.Add(user, "/plan/terms/2/review", user == TestUsers.HeadOfImprovement ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/account", HttpStatusCode.OK);
            data.Add(user, "/account/email", HttpStatusCode.OK);

            // Ambition: everyone reads it (members on pages of their own); CPEG's ambition view for CPEG, the Head of
            // Improvement, the Performance Team and CMT's Chief Officers.
            data.Add(user, "/ambition", HttpStatusCode.OK);
            data.Add(user, "/ambition/indicators/1", HttpStatusCode.OK);
            var readsReview = user is TestUsers.CpegMember or TestUsers.ChiefExecutive or TestUsers.HeadOfImprovement or TestUsers.PerformanceTeam
                or TestUsers.ChiefOfficer;
            data.Add(user, "/ambition/review", readsReview ? HttpStatusCode.OK : HttpStatusCode.Forbidden);

            // Issued corporate performance reports: everyone. The collation and its draft previews: the Head of Improvement only.
            data.Add(user, "/reports", HttpStatusCode.OK);
            // The demo's version 1 has reached Cabinet: everyone reads it. Version 2 waits for CMT: officers, CPEG and CMT read it;
            // the Performance Executive Member, Executive Members, the Leader, Cabinet and Select Committee members do not yet.
            data.Add(user, "/reports/1", HttpStatusCode.OK);
            data.Add(user, "/reports/1/pdf", HttpStatusCode.OK);
            data.Add(user, "/reports/1/word", HttpStatusCode.OK); // issue 20: the Word version follows the PDF's rules exactly
            var beforeCmt = user is not (TestUsers.PerformanceMember or TestUsers.ExecutiveMember or TestUsers.Leader or TestUsers.Cabinet or TestUsers.SelectCommittee);
            data.Add(user, "/reports/2", beforeCmt ? HttpStatusCode.OK : HttpStatusCode.NotFound);
            data.Add(user, "/reports/2/pdf", beforeCmt ? HttpStatusCode.OK : HttpStatusCode.NotFound);
            data.Add(user, "/reports/2/word", beforeCmt ? HttpStatusCode.OK : HttpStatusCode.NotFound);

            // Questions on the issued report (issue 15): read by everyone who reads the report (the demo's first question);
            // put by CMT, the Leader, Cabinet, the Performance Executive Member, Executive Members and Select Committee members.
            data.Add(user, "/questions/1", HttpStatusCode.OK);
            var asks = user is TestUsers.ChiefOfficer or TestUsers.ChiefExecutive or TestUsers.ExecutiveMember or TestUsers.PerformanceMember
                or TestUsers.Leader or TestUsers.Cabinet or TestUsers.SelectCommittee;
            data.Add(user, "/questions/reports/1/ask", asks ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/questions/self-assessments/1/1/ask", user == TestUsers.ExecutiveMember ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            var head = user == TestUsers.HeadOfImprovement;
            data.Add(user, "/collation", head ? HttpStatusCode.Found : HttpStatusCode.Forbidden);
            foreach (var page in new[] { "/collation/1", "/collation/1/overview", "/collation/1/themes", "/collation/1/exceptions", "/collation/1/issue", "/collation/1/preview", "/collation/1/preview/pdf", "/collation/1/preview/word" })
            {
                data.Add(user, page, head ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_reaches_only_its_pages(string userName, string path, HttpStatusCode expected)
    {
        // Only reads: one signed-in client per role serves every case.
        var client = await app.ReaderAsync(userName);

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            var page = await Page.ReadAsync(response);
            Assert.Equal("You do not have access to this page", page.H1);
        }
    }

    [Fact]
    public async Task An_unknown_page_is_a_friendly_404_that_leaks_nothing()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.ChiefOfficer);

        var response = await client.GetAsync("/no/such/page");
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.H1);
        Assert.DoesNotContain("Exception", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/departments/99999")]
    [InlineData("/departments/not-a-number")]
    public async Task A_record_that_does_not_exist_is_the_404_page(string path)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.HeadOfImprovement);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Page.ReadAsync(response)).H1);
    }

    [Fact]
    public async Task The_guidance_page_explains_the_principles_the_roles_and_the_cycle()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);

        var page = await client.PageAsync("/guidance");

        Assert.Equal("How the framework works", page.H1);
        var headings = page.Document.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains(headings, h => h.Contains("principles", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(headings, h => h.Contains("Who does what", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(headings, h => h.Contains("quarter", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(headings, h => h.Contains("Where", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Head of Improvement", page.Text, StringComparison.Ordinal);
    }
}
