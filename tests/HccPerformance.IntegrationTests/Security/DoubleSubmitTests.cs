using System.Globalization;
using System.Net;
using System.Reflection;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.IntegrationTests.Indicators;
using HccPerformance.IntegrationTests.Scrutiny;
using HccPerformance.IntegrationTests.Support;
using HccPerformance.Web.Controllers;
using HccPerformance.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>
/// Issue 14, point 8: a double-click never makes two. For every create form, the same form (its one-time token) is posted
/// twice at the same moment and once more afterwards: exactly one record is made, nothing is a 500, and the repeat is told
/// "This was already saved: you pressed the button twice".
/// </summary>
public sealed class DoubleSubmitTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A create form: who fills it, the page that shows it, where it posts, what is typed, and how many records it makes.</summary>
    private sealed record CreateForm(string User, string Page, string Action, (string Name, string Value)[] Fields, Func<AppDbContext, Task<int>> Count);

    public static TheoryData<string> Routes() => [.. CreateRoutes];

    /// <summary>Every action marked <see cref="OnceOnlyAttribute"/> but the plan's annual refresh (which changes the plan every other case uses: <see cref="DoubleSubmitRefreshTests"/>) and the plan's life (<see cref="DoubleSubmitPlanLifeTests"/>).</summary>
    private static readonly string[] CreateRoutes =
    [
        "Ambition.Record", "Ambition.RecordRequest", "AreaLinks.AddServicePlan", "CaseStudies.Create", "Collation.Annotate", "Collation.Issue", "Concerns.Assign",
        "Concerns.Create", "Concerns.Escalate", "Concerns.Respond", "Cpeg.Ratify", "Cpeg.RecordDecision", "Cpeg.Schedule", "CpegReport.Issue",
        "CpegReport.RecordConsideration", "Departments.Create", "EmergingRisks.Create", "GroupMappings.Add", "Indicators.Create", "Indicators.RecordResult",
        "Inspections.AddRecommendation", "Inspections.Create", "InspectionProgramme.Create", "Intelligence.Create", "Menu.Add", "Plan.AddArea", "Plan.AddMilestone", "Plan.AddTarget",
        "Plan.RecordProgress", "Questions.AskOnAssessment", "Questions.AskOnReport", "ReportingPeriods.AddYear", "Reports.RecordConsideration",
        "Risks.Create", "Scorecards.AddMember", "Scorecards.Create", "Scrutiny.AddEvidence", "Scrutiny.AddProgress", "Scrutiny.AddRecommendation", "Scrutiny.Create",
        "Scrutiny.RecordResponse", "Users.Create",
    ];

    [Fact]
    public void Every_create_form_is_once_only_and_has_a_double_submit_case()
    {
        var onceOnly = typeof(AppController).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AppController)))
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttribute<OnceOnlyAttribute>() is not null)
                .Select(m => $"{t.Name[..^"Controller".Length]}.{m.Name}"))
            .Order().ToList();
        var creates = typeof(AppController).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AppController)))
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttributes<HttpPostAttribute>().Any()
                    && (m.Name.StartsWith("Create", StringComparison.Ordinal) || m.Name.StartsWith("Add", StringComparison.Ordinal)
                        || m.Name.StartsWith("Record", StringComparison.Ordinal) || m.Name.StartsWith("Schedule", StringComparison.Ordinal)))
                .Select(m => $"{t.Name[..^"Controller".Length]}.{m.Name}"));

        // Named like a create but sets a value: posting it twice sets the same value.
        string[] notCreates = ["Plan.RecordTargetValue"];
        Assert.Empty(creates.Except(onceOnly).Except(notCreates));
        Assert.Equal(onceOnly, CreateRoutes.Append("Plan.Refresh").Concat(DoubleSubmitPlanLifeTests.Routes).Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task The_same_form_posted_twice_at_once_and_again_makes_one_record_and_says_so(string route)
    {
        var form = await CaseAsync(route);
        using var client = form.User == TestUsers.Admin ? await app.AdminClientAsync() : app.CreateSiteClient();
        if (form.User != TestUsers.Admin)
        {
            await client.SignInAsync(form.User);
        }

        var fields = await FormFieldsAsync(client, form);
        var before = await CountAsync(form);

        var together = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Post(client, form.Action, fields)));
        var again = await Post(client, form.Action, fields);

        Assert.Equal(before + 1, await CountAsync(form));
        Assert.All(together.Append(again), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var answer = await client.PageAsync(again.Headers.Location!.OriginalString);
        Assert.Contains(OnceOnlyAttribute.AlreadySaved, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_refused_for_its_input_uses_nothing_and_shows_a_fresh_token_that_then_saves()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var form = new CreateForm(TestUsers.HeadOfImprovement, "/concerns/menu", "/concerns/menu",
            [("Input.Name", $"Refused first {Guid.NewGuid():N}"), ("Input.Description", ""), ("Input.ReportBackMonths", "3")],
            db => db.MenuOfInterventions.CountAsync(m => m.Name.StartsWith("Refused first ")));
        var fields = await FormFieldsAsync(head, form);
        var token = fields.Single(f => f.Key == FormTokenTagHelper.FieldName).Value;

        var refused = await Page.ReadAsync(await Post(head, form.Action, fields));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        var fresh = (refused.Document.QuerySelector($"form[action='/concerns/menu'] input[name='{FormTokenTagHelper.FieldName}']") as IHtmlInputElement)!.Value;
        Assert.NotEqual(token, fresh);
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().FormSubmissions.AnyAsync(f => f.Token == Guid.Parse(token))));
        var typed = fields.Where(f => f.Key != "Input.Description" && f.Key != FormTokenTagHelper.FieldName)
            .Append(new("Input.Description", "Now described")).Append(new(FormTokenTagHelper.FieldName, fresh)).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await Post(head, form.Action, typed)).StatusCode);
        Assert.Equal(1, await CountAsync(form));
    }

    [Fact]
    public async Task Used_tokens_are_not_in_the_audit_trail_and_those_older_than_a_day_are_deleted()
    {
        var old = Guid.NewGuid();
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            db.FormSubmissions.Add(new FormSubmission { Token = old, CreatedUtc = app.Clock.GetUtcNow().UtcDateTime.AddDays(-2) });
            return await db.SaveChangesAsync();
        });
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var fields = await FormFieldsAsync(cpeg, new CreateForm(TestUsers.CpegMember, "/concerns/new", "/concerns/new",
            [("Input.Title", "Audit check"), ("Input.Evidence", "Red"), ("Input.Source", "ByHand")], _ => Task.FromResult(0)));
        var token = Guid.Parse(fields.Single(f => f.Key == FormTokenTagHelper.FieldName).Value);

        var raised = await Post(cpeg, "/concerns/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        Assert.True(await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().FormSubmissions.AnyAsync(f => f.Token == token)));
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            Assert.False(await db.FormSubmissions.AnyAsync(f => f.Token == old));
            Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(FormSubmission)));
            return 0;
        });
    }

    private async Task<int> CountAsync(CreateForm form) => await app.WithScopeAsync(s => form.Count(s.GetRequiredService<AppDbContext>()));

    private static Task<HttpResponseMessage> Post(SiteClient client, string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>What the browser sends: the typing, and the hidden tokens of the form on the page that posts to the action.</summary>
    private static async Task<List<KeyValuePair<string, string>>> FormFieldsAsync(SiteClient client, CreateForm form)
    {
        var page = await client.PageAsync(form.Page);
        Assert.True(page.Status == HttpStatusCode.OK, $"{form.Page}: {page.Status}");
        var element = page.Document.QuerySelectorAll("form").FirstOrDefault(f => (f.GetAttribute("action") ?? form.Page) == form.Action)
            ?? throw new InvalidOperationException($"{form.Page} has no form that posts to {form.Action}");
        var fields = form.Fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        foreach (var hidden in new[] { "__RequestVerificationToken", FormTokenTagHelper.FieldName })
        {
            if (Hidden(element, hidden) is { } value)
            {
                fields.Add(new(hidden, value));
            }
        }

        return fields;
    }

    private static string? Hidden(IElement form, string name) => (form.QuerySelector($"input[name='{name}']") as IHtmlInputElement)?.Value;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);

    private static string S(int id) => id.ToString(Invariant);

    private static string Unique(int length = 8) => Guid.NewGuid().ToString("N")[..length];

    /// <summary>An indicator of its own for each ambition case, so a current ambition set by another case never conflicts.</summary>
    private Task<int> IndicatorIdAsync(string route) => app.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Indicators.OrderByDescending(i => i.Id).Skip(route == "Ambition.Record" ? 0 : 1).Select(i => i.Id).FirstAsync());

    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A day inside the demo's live plan, which runs from the financial year it was seeded in (its targets must fall in its years).</summary>
    private string InsideLivePlan => $"{(Today.Month >= 4 ? Today.Year : Today.Year - 1) + 1}-03-31";

    private async Task<CreateForm> CaseAsync(string route)
    {
        var title = $"Double {Unique()}";
        switch (route)
        {
            case "Ambition.Record":
            {
                var indicator = await IndicatorIdAsync(route);
                return new(TestUsers.Cabinet, $"/ambition/indicators/{indicator}", $"/ambition/indicators/{indicator}",
                    [("Input.Position", title), ("Input.ForYear", S(Today.Month >= 4 ? Today.Year : Today.Year - 1))],
                    db => db.Ambitions.CountAsync(a => a.Position == title));
            }

            case "Ambition.RecordRequest":
            {
                var indicator = await IndicatorIdAsync(route);
                return new(TestUsers.CpegMember, $"/ambition/indicators/{indicator}", $"/ambition/indicators/{indicator}/requests",
                    [("Request.Text", title)],
                    db => db.AmbitionRequests.CountAsync(r => r.Text == title));
            }

            case "Concerns.Create":
                return new(TestUsers.CpegMember, "/concerns/new", "/concerns/new",
                    [("Input.Title", title), ("Input.Evidence", "Three quarters red"), ("Input.Source", "ByHand")],
                    db => db.AreasOfConcern.CountAsync(c => c.Title == title));
            case "Concerns.Assign":
            {
                var (concern, menuItem, officer) = await DecidedConcernAsync();
                return new(TestUsers.CpegMember, $"/concerns/{concern}", $"/concerns/{concern}/interventions",
                    [("Assign.MenuItemId", S(menuItem)), ("Assign.ResponsibleUserId", officer), ("Assign.FrequencyMonths", "2"), ("Assign.Version", await VersionAsync(concern))],
                    db => db.AreasOfConcern.Where(c => c.Id == concern).SelectMany(c => c.Interventions).CountAsync());
            }

            case "Concerns.Escalate":
            {
                var (concern, _, _) = await DecidedConcernAsync();
                return new(TestUsers.CpegMember, $"/concerns/{concern}", $"/concerns/{concern}/escalate",
                    [("Escalate.Body", "Cmt"), ("Escalate.Reason", "It needs CMT"), ("Escalate.Version", await VersionAsync(concern))],
                    db => db.AreasOfConcern.Where(c => c.Id == concern).SelectMany(c => c.Escalations).CountAsync());
            }

            case "Concerns.Respond":
            {
                // The demo's escalation to Cabinet still waiting for Cabinet's response.
                var (concern, escalation) = await app.WithScopeAsync(async sp =>
                {
                    var concerns = await sp.GetRequiredService<AppDbContext>().AreasOfConcern.Include(c => c.Escalations).ThenInclude(e => e.Response).ToListAsync();
                    var row = concerns.SelectMany(c => c.Escalations.Select(e => (Concern: c.Id, Escalation: e)))
                        .First(e => e.Escalation.Body == Core.Concerns.EscalatedTo.Cabinet && e.Escalation.Response is null);
                    return (row.Concern, row.Escalation.Id);
                });
                return new(TestUsers.Cabinet, $"/concerns/{concern}", $"/concerns/{concern}/escalations/{escalation}/response",
                    [("Respond.Kind", "Noted"), ("Respond.Text", title)],
                    db => db.Set<Core.Concerns.EscalationResponse>().CountAsync(r => r.EscalationId == escalation));
            }

            case "CaseStudies.Create":
            {
                var (department, period) = await OpenPeriodAndDepartmentAsync();
                return new(TestUsers.PerformanceTeam, "/case-studies/new", "/case-studies/new",
                    [("Input.Title", title), ("Input.DepartmentId", S(department)), ("Input.ReportingPeriodId", S(period)),
                        ("Input.Outcome", "Fewer complaints."), ("Input.Narrative", "The rota changed.")],
                    db => db.CaseStudies.CountAsync(c => c.Title == title));
            }

            case "EmergingRisks.Create":
            {
                var (department, _) = await OpenPeriodAndDepartmentAsync();
                return new(TestUsers.PerformanceTeam, "/emerging-risks/new", "/emerging-risks/new",
                    [("Input.DepartmentId", S(department)), ("Input.Title", title), ("Input.Description", "Lorries failing"), ("Input.RaisedOn", Iso(Today)),
                        ("Input.RaisedBy", "ENV DMT")],
                    db => db.EmergingRisks.CountAsync(r => r.Title == title));
            }

            case "Plan.RecordProgress":
            {
                var area = await AreaIdAsync("Waste");
                return new("chief.officer.env", $"/plan/areas/{area}", $"/plan/areas/{area}/progress", [("Progress.Rag", "Amber"), ("Progress.Commentary", title)],
                    db => db.Set<ProgressUpdate>().CountAsync(p => p.Commentary == title));
            }

            case "Plan.AddTarget":
            {
                var area = await AreaIdAsync("Growth");
                return new(TestUsers.HeadOfImprovement, $"/plan/areas/{area}", $"/plan/areas/{area}/targets",
                    [("Target.Measure", title), ("Target.TargetValue", "10"), ("Target.TargetDate", InsideLivePlan), ("Target.HigherIsBetter", "true")],
                    db => db.Set<PlanTarget>().CountAsync(t => t.Measure == title));
            }

            case "Plan.AddMilestone":
            {
                var area = await AreaIdAsync("Growth");
                return new(TestUsers.HeadOfImprovement, $"/plan/areas/{area}", $"/plan/areas/{area}/milestones",
                    [("Milestone.Title", title), ("Milestone.DueDate", InsideLivePlan)],
                    db => db.Set<Milestone>().CountAsync(m => m.Title == title));
            }

            case "AreaLinks.AddServicePlan":
            {
                var area = await AreaIdAsync("Personalisation");
                var adult = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == "AS").Select(d => d.Id).SingleAsync());
                return new(TestUsers.ChiefOfficer, $"/plan/areas/{area}/service-plans", $"/plan/areas/{area}/service-plans",
                    [("Input.DepartmentId", S(adult)), ("Input.Name", title), ("Input.Reference", "Service plans folder, section 2")],
                    db => db.ServicePlanLinks.CountAsync(l => l.Name == title));
            }

            case "Plan.AddArea":
            {
                // Areas are added directly only to a draft plan (a live plan's changes go to CMT): one for this case, in years of its own.
                var plan = await app.WithScopeAsync(async s =>
                {
                    var db = s.GetRequiredService<AppDbContext>();
                    var start = 2100 + Random.Shared.Next(5000);
                    var draft = new CorporateImprovementPlan(new PlanTerm(start, start + 3), focusYear: start);
                    draft.AddTheme(3, "Resources", null);
                    db.ImprovementPlans.Add(draft);
                    await db.SaveChangesAsync();
                    return draft.Id;
                });
                return new(TestUsers.HeadOfImprovement, $"/plan?year={plan}", $"/plan/{plan}/areas",
                    [("NewArea.ThemeNumber", "3"), ("NewArea.ShortName", title), ("NewArea.Description", "Help residents get online"), ("NewArea.Reason", "Cabinet asked")],
                    db => db.PriorityAreas.CountAsync(a => a.ShortName == title));
            }

            case "Cpeg.Schedule":
            {
                var day = Today.AddDays(400 + Random.Shared.Next(2000));
                return new(TestUsers.CpegMember, "/cpeg/meetings", "/cpeg/meetings", [("Input.MeetsOn", Iso(day)), ("Input.Notes", title)],
                    db => db.CpegMeetings.CountAsync(m => m.MeetsOn == day));
            }

            case "Cpeg.RecordDecision":
            {
                var (concern, _, _) = await DecidedConcernAsync();
                var meeting = await app.WithScopeAsync(async s =>
                {
                    var db = s.GetRequiredService<AppDbContext>();
                    var met = new CpegMeeting(Today.AddDays(-1 - Random.Shared.Next(3000)), null);
                    db.CpegMeetings.Add(met);
                    await db.SaveChangesAsync();
                    return met.Id;
                });
                return new(TestUsers.CpegMember, $"/cpeg/meetings/{meeting}", $"/cpeg/meetings/{meeting}/decisions",
                    [("Input.AreaOfConcernId", S(concern)), ("Input.Summary", title)],
                    db => db.CpegMeetings.Where(m => m.Id == meeting).SelectMany(m => m.Decisions).CountAsync());
            }

            case "Cpeg.Ratify":
            {
                // The chair's urgent decision, ratified (or not, with words) at a meeting in session: one minute.
                var (concern, _, _) = await DecidedConcernAsync();
                var (meeting, urgent, version) = await app.WithScopeAsync(async s =>
                {
                    var db = s.GetRequiredService<AppDbContext>();
                    var met = new CpegMeeting(Today.AddDays(-1 - Random.Shared.Next(3000)), null);
                    var decision = new UrgentDecision(concern, "Asked for weekly figures", "Chief Executive", app.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
                    db.CpegMeetings.Add(met);
                    db.UrgentDecisions.Add(decision);
                    await db.SaveChangesAsync();
                    return (met.Id, decision.Id, decision.Version);
                });
                return new(TestUsers.CpegMember, $"/cpeg/meetings/{meeting}", $"/cpeg/meetings/{meeting}/urgent-decisions/{urgent}/ratify",
                    [("Ratify.Ratified", "false"), ("Ratify.Note", title), ("Ratify.Version", version.ToString())],
                    db => db.CpegMeetings.Where(m => m.Id == meeting).SelectMany(m => m.Decisions).CountAsync());
            }

            case "Collation.Annotate":
            {
                var (period, department) = await AcceptedAssessmentAsync();
                return new(TestUsers.HeadOfImprovement, $"/collation/{period}/departments/{department}", $"/collation/{period}/departments/{department}",
                    [("Input.Text", title)], db => db.Annotations.CountAsync(a => a.Text == title));
            }

            case "Reports.RecordConsideration":
            {
                var id = await app.WithScopeAsync(async s =>
                {
                    var db = s.GetRequiredService<AppDbContext>();
                    var template = await db.IssuedReports.OrderBy(r => r.Id).FirstAsync();
                    var version = await db.IssuedReports.Where(r => r.ReportingPeriodId == template.ReportingPeriodId).MaxAsync(r => r.VersionNumber) + 1;
                    var report = new Core.Reports.IssuedReport(template.ReportingPeriodId, template.PeriodName, version, app.Clock.GetUtcNow().UtcDateTime.AddDays(-1),
                        "Head of Improvement", template.ContentJson, template.Pdf, 0);
                    db.IssuedReports.Add(report);
                    await db.SaveChangesAsync();
                    return report.Id;
                });
                return new(TestUsers.ChiefExecutive, $"/reports/{id}", $"/reports/{id}/considerations",
                    [("Input.Body", "Cmt"), ("Input.MetOn", Iso(Today)), ("Input.Decisions", title)],
                    db => db.IssuedReports.Where(r => r.Id == id).Select(r => r.Considerations.Count).SingleAsync());
            }

            case "CpegReport.Issue":
                return new(TestUsers.CpegMember, "/cpeg/reports/issue", "/cpeg/reports/issue",
                    [("Input.From", Iso(Today.AddMonths(-6))), ("Input.To", Iso(Today)), ("Input.ExceptionReason", title)],
                    db => db.IssuedCpegReports.CountAsync());

            case "CpegReport.RecordConsideration":
            {
                using var head = app.CreateSiteClient();
                await head.SignInAsync(TestUsers.HeadOfImprovement);
                var issued = await head.PostFormToAsync("/cpeg/reports/issue", "/cpeg/reports/issue",
                    ("Input.From", Iso(Today.AddMonths(-6))), ("Input.To", Iso(Today)), ("Input.ExceptionReason", "For a double-submit case"));
                var path = issued.Headers.Location!.OriginalString;
                var id = int.Parse(path.Split('/')[^1], Invariant);
                return new(TestUsers.ChiefExecutive, path, path + "/considerations",
                    [("Input.Body", "Cmt"), ("Input.MetOn", Iso(Today)), ("Input.Decisions", title)],
                    db => db.IssuedCpegReports.Where(r => r.Id == id).Select(r => r.Considerations.Count).SingleAsync());
            }

            case "Collation.Issue":
            {
                var (period, _) = await AcceptedAssessmentAsync();
                return new(TestUsers.HeadOfImprovement, $"/collation/{period}/issue", $"/collation/{period}/issue", [("confirmNotReceived", "true")],
                    db => db.IssuedReports.CountAsync(r => r.ReportingPeriodId == period));
            }

            case "Questions.AskOnReport":
            {
                var report = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IssuedReports.Select(r => r.Id).FirstAsync());
                return new(TestUsers.Cabinet, $"/reports/{report}", $"/questions/reports/{report}/ask", [("Input.Kind", "Question"), ("Input.Text", title)],
                    db => db.Questions.CountAsync(q => q.Text == title));
            }

            case "Questions.AskOnAssessment":
            {
                var (department, period) = await app.WithScopeAsync(async s =>
                {
                    var db = s.GetRequiredService<AppDbContext>();
                    var adult = await db.Departments.Where(d => d.Code == "AS").Select(d => d.Id).SingleAsync();
                    return (adult, await db.SelfAssessments.Where(a => a.DepartmentId == adult && a.Status == AssessmentStatus.Accepted).Select(a => a.ReportingPeriodId).FirstAsync());
                });
                var ask = $"/questions/self-assessments/{department}/{period}/ask";
                return new(TestUsers.ExecutiveMember, ask, ask, [("Input.Kind", "Challenge"), ("Input.Text", title)], db => db.Questions.CountAsync(q => q.Text == title));
            }

            case "Departments.Create":
            {
                var code = "D" + Unique(6).ToUpperInvariant();
                return new(TestUsers.Admin, "/departments/new", "/departments/new", [("Input.Code", code), ("Input.Name", title), ("Input.IsActive", "true")],
                    db => db.Departments.CountAsync(d => d.Code == code));
            }

            case "ReportingPeriods.AddYear":
            {
                var year = 2060 + Random.Shared.Next(40);
                return new(TestUsers.Admin, "/admin/reporting-periods", "/admin/reporting-periods/years", [("Input.StartYear", S(year))],
                    db => db.ReportingPeriods.CountAsync(p => p.FinancialYear == year && p.Quarter == 1));
            }

            case "GroupMappings.Add":
            {
                // Administrator: a row of any other role first would leave the mapping with no Administrator, and is refused.
                var group = $"double-{Unique()}";
                return new(TestUsers.Admin, "/admin/council-sign-in", "/admin/council-sign-in",
                    [("Input.GroupValue", group), ("Input.Role", "Administrator")],
                    db => db.GroupMappings.CountAsync(m => m.GroupValue == group));
            }

            case "Users.Create":
            {
                var (department, _) = await OpenPeriodAndDepartmentAsync();
                var name = $"double.{Unique()}";
                return new(TestUsers.Admin, "/admin/users/new", "/admin/users/new",
                    [("Input.DisplayName", title), ("Input.UserName", name), ("Input.Email", $"{name}@demo.invalid"), ("Input.Roles", "ServiceManager"),
                        ("Input.DepartmentId", S(department)), ("Input.TemporaryPassword", "a-temporary-password")],
                    db => db.Users.CountAsync(u => u.UserName == name));
            }

            case "Indicators.Create":
            {
                var code = $"DS {Unique(6)}";
                return new(TestUsers.PerformanceTeam, "/indicators/new", "/indicators/new",
                    [("Input.Code", code), ("Input.Title", title), ("Input.Polarity", "HigherIsBetter"), ("Input.Frequency", "Quarterly")],
                    db => db.Indicators.CountAsync(i => i.Code == code));
            }

            case "Indicators.RecordResult":
            {
                var indicator = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators.Where(i => i.Code == "NI 192").Select(i => i.Id).SingleAsync());
                var period = app.CurrentQuarter().Label;
                return new(TestUsers.PerformanceTeam, $"/indicators/{indicator}", $"/indicators/{indicator}/results",
                    [("Result.Period", period), ("Result.Value", "47.25"), ("Result.Quality", "Estimated")],
                    db => db.IndicatorResults.CountAsync(r => r.IndicatorId == indicator));
            }

            case "InspectionProgramme.Create":
                return new(TestUsers.PerformanceTeam, "/inspections/programme/new", "/inspections/programme/new",
                    [("Input.Inspectorate", "Ofsted"), ("Input.Service", title), ("Input.ExpectedMonth", Today.AddMonths(2).ToString("yyyy-MM", CultureInfo.InvariantCulture))],
                    db => db.ExpectedInspections.CountAsync(e => e.Service == title));
            case "Intelligence.Create":
                return new(TestUsers.PerformanceTeam, "/inspections/intelligence/new", "/inspections/intelligence/new",
                    [("Input.Source", title), ("Input.ReceivedOn", Iso(Today.AddDays(-3))), ("Input.Summary", "Feedback after a visit")],
                    db => db.IntelligenceRecords.CountAsync(r => r.Source == title));
            case "Scorecards.Create":
                return new(TestUsers.PerformanceTeam, "/scorecards/new", "/scorecards/new",
                    [("Input.Name", title), ("Input.Kind", "ValueForMoney"), ("Input.Weight", "2"), ("Input.OnDashboard", "true")],
                    db => db.Scorecards.CountAsync(c => c.Name == title));
            case "Inspections.Create":
            {
                var (department, _) = await OpenPeriodAndDepartmentAsync();
                return new(TestUsers.PerformanceTeam, "/inspections/new", "/inspections/new",
                    [("Input.Body", "Audit Commission"), ("Input.Service", title), ("Input.DepartmentId", S(department)), ("Input.ReportedOn", Iso(Today.AddDays(-20)))],
                    db => db.Inspections.CountAsync(i => i.Service == title));
            }

            case "Inspections.AddRecommendation":
            {
                var (department, _) = await OpenPeriodAndDepartmentAsync();
                var inspection = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Inspections.Select(i => i.Id).FirstAsync());
                return new(TestUsers.PerformanceTeam, $"/inspections/{inspection}", $"/inspections/{inspection}/recommendations",
                    [("Recommendation.Text", title), ("Recommendation.Owner", "Head of Waste"), ("Recommendation.DepartmentId", S(department)),
                        ("Recommendation.DueOn", Iso(Today.AddMonths(6)))],
                    db => db.Recommendations.CountAsync(r => r.Text == title));
            }

            case "Menu.Add":
                return new(TestUsers.HeadOfImprovement, "/concerns/menu", "/concerns/menu",
                    [("Input.Name", title), ("Input.Description", "Added twice?"), ("Input.ReportBackMonths", "3")],
                    db => db.MenuOfInterventions.CountAsync(m => m.Name == title));

            case "Risks.Create":
            {
                var reference = $"DS {Unique(6)}";
                return new(TestUsers.PerformanceTeam, "/risks/new", "/risks/new",
                    [("Input.Reference", reference), ("Input.Title", title), ("Input.Owner", "Head of IT"), ("Input.IsStrategic", "true"),
                        ("Input.Likelihood", "3"), ("Input.Impact", "4")],
                    db => db.Risks.CountAsync(r => r.Reference == reference));
            }

            case "Scorecards.AddMember":
            {
                var (scorecard, code) = await app.WithScopeAsync(async s =>
                {
                    var db = s.GetRequiredService<AppDbContext>();
                    var card = await db.Scorecards.Include(c => c.Members).FirstAsync();
                    var members = card.Members.Select(m => m.IndicatorId).ToList();
                    return (card.Id, await db.Indicators.Where(i => !members.Contains(i.Id)).Select(i => i.Code).FirstAsync());
                });
                return new(TestUsers.PerformanceTeam, $"/scorecards/{scorecard}", $"/scorecards/{scorecard}/members",
                    [("Member.IndicatorCode", code), ("Member.Weight", "1")],
                    db => db.Scorecards.Where(c => c.Id == scorecard).SelectMany(c => c.Members).CountAsync());
            }

            case "Scrutiny.Create":
                return new(TestUsers.SelectCommittee, "/scrutiny/new", "/scrutiny/new",
                    [("Input.Committee", "Policy and Resources Select Committee"), ("Input.Topic", title), ("Input.Scope", "Whether it is pressed twice")],
                    db => db.ScrutinyReviews.CountAsync(r => r.Topic == title));

            case "Scrutiny.AddEvidence":
            {
                var review = await app.GatheringReviewAsync(title);
                return new(TestUsers.SelectCommittee, $"/scrutiny/{review}", $"/scrutiny/{review}/evidence",
                    [("Evidence.What", title), ("Evidence.From", "The clerk"), ("Evidence.On", Iso(Today))],
                    db => db.ScrutinyReviews.Where(r => r.Id == review).SelectMany(r => r.Evidence).CountAsync());
            }

            case "Scrutiny.AddRecommendation":
            {
                var review = await app.GatheringReviewAsync(title);
                return new(TestUsers.SelectCommittee, $"/scrutiny/{review}", $"/scrutiny/{review}/recommendations",
                    [("Recommendation.Text", title), ("Recommendation.To", "Leader"), ("Recommendation.DueOn", Iso(Today.AddDays(30)))],
                    db => db.ScrutinyRecommendations.CountAsync(r => r.ScrutinyReviewId == review));
            }

            case "Scrutiny.RecordResponse":
            {
                var (_, recommendation) = await app.ReportedReviewAsync(title);
                var version = await app.WithScopeAsync(async s => (await s.GetRequiredService<AppDbContext>().ScrutinyRecommendations
                    .Where(r => r.Id == recommendation).Select(r => r.Version).SingleAsync()).ToString());
                return new(TestUsers.Leader, $"/scrutiny/recommendations/{recommendation}", $"/scrutiny/recommendations/{recommendation}/response",
                    [("Response.Answer", "Accepted"), ("Response.ResponseText", title), ("Response.ActionOn", Iso(Today.AddDays(10))), ("Response.Version", version)],
                    db => db.ScrutinyRecommendations.CountAsync(r => r.Id == recommendation && r.Response != null));
            }

            case "Scrutiny.AddProgress":
            {
                var (_, recommendation) = await app.ReportedReviewAsync(title, accepted: true);
                return new(TestUsers.Leader, $"/scrutiny/recommendations/{recommendation}", $"/scrutiny/recommendations/{recommendation}/progress",
                    [("Progress.Text", title)],
                    db => db.ScrutinyRecommendations.Where(r => r.Id == recommendation).SelectMany(r => r.Progress).CountAsync());
            }

            default:
                throw new InvalidOperationException($"No case for {route}");
        }
    }

    private Task<int> AreaIdAsync(string name) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PriorityAreas.Where(a => a.ShortName == name && a.Plan!.IsCurrent).Select(a => a.Id).SingleAsync());

    private Task<(int Department, int Period)> OpenPeriodAndDepartmentAsync() => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        return (await db.Departments.Where(d => d.Code == "ENV").Select(d => d.Id).SingleAsync(), await db.ReportingPeriods.Where(p => p.IsOpen).Select(p => p.Id).FirstAsync());
    });

    private Task<(int Period, int Department)> AcceptedAssessmentAsync() => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var period = await db.ReportingPeriods.Where(p => p.IsOpen).Select(p => p.Id).SingleAsync();
        return (period, await db.SelfAssessments.Where(a => a.ReportingPeriodId == period && a.Status == AssessmentStatus.Accepted).Select(a => a.DepartmentId).FirstAsync());
    });

    private Task<string> VersionAsync(int concern) =>
        app.WithScopeAsync(async s => (await s.GetRequiredService<AppDbContext>().AreasOfConcern.Where(c => c.Id == concern).Select(c => c.Version).SingleAsync()).ToString());

    /// <summary>A concern CPEG has decided matters, a menu item without a fixed interval, and an officer to assign it to.</summary>
    private Task<(int Concern, int MenuItem, string Officer)> DecidedConcernAsync() => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var officer = (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(TestUsers.ServiceManager))!;
        var item = await db.MenuOfInterventions.FirstAsync(m => m.RetiredOn == null && m.ReportBackMonths == null);
        var concern = new AreaOfConcern($"Double-submit {Unique()}", null, ConcernSource.ByHand, null, "Evidence", Today.AddDays(-7), "test");
        concern.DecideLocalImportance(true, "It matters", Today.AddDays(-7));
        db.AreasOfConcern.Add(concern);
        await db.SaveChangesAsync();
        return (concern.Id, item.Id, officer.Id);
    });
}

/// <summary>The plan's annual refresh, pressed twice: one new plan year (its own site, since a refresh changes the current plan; a live plan, taken live as a newcomer would).</summary>
public sealed class DoubleSubmitRefreshTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    [Fact]
    public async Task Starting_the_next_plan_year_twice_at_once_and_again_starts_one()
    {
        var plan = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ImprovementPlans.Where(p => p.IsCurrent).Select(p => p.Id).SingleAsync());
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var page = await head.PageAsync("/plan");
        var form = page.Document.QuerySelectorAll("form").First(f => f.GetAttribute("action") == $"/plan/{plan}/refresh");
        var fields = new[] { "__RequestVerificationToken", FormTokenTagHelper.FieldName }
            .Select(n => (Name: n, Value: (form.QuerySelector($"input[name='{n}']") as IHtmlInputElement)?.Value))
            .Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Name, f.Value!)).ToList();
        var before = await PlansAsync();

        var together = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Post()));
        var again = await Post();

        Assert.Equal(before + 1, await PlansAsync());
        Assert.All(together.Append(again), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Contains(OnceOnlyAttribute.AlreadySaved, (await head.PageAsync(again.Headers.Location!.OriginalString)).Text, StringComparison.Ordinal);

        Task<HttpResponseMessage> Post() => head.Http.PostAsync(new Uri($"/plan/{plan}/refresh", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    private Task<int> PlansAsync() => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ImprovementPlans.CountAsync());
}
