using System.Net;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>
/// Issue 14, point 10: who is asking is checked before what was typed. Every POST route of the site (read from the route
/// table, so a new one without a case here fails) is posted empty by someone who may not use it, and is the 403 page,
/// never the form back with its messages.
/// </summary>
public sealed class PostAuthorisationTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    /// <summary>Posts every signed-in person may make, on their own account or session: nobody is refused them.</summary>
    private static readonly Dictionary<string, string> Everyones = new()
    {
        ["Account.SignIn"] = "signing in is for anyone",
        ["Account.SignInTwoFactor"] = "the second step of one's own sign-in",
        ["Account.SignInRecoveryCode"] = "the second step of one's own sign-in",
        ["Account.SignOutOfSite"] = "one's own session",
        ["Account.ChangePassword"] = "one's own password",
        ["Manage.EnableAuthenticator"] = "one's own two-factor sign-in",
        ["Manage.NewRecoveryCodes"] = "one's own two-factor sign-in",
        ["Manage.ResetAuthenticator"] = "one's own two-factor sign-in",
        ["Manage.DisableTwoFactor"] = "one's own two-factor sign-in",
        ["Home.MarkNotificationsRead"] = "one's own notifications",
        ["EmailPreferences.Save"] = "one's own choice of how to be told",
    };

    /// <summary>Where an empty form would pass its validator, a field it refuses.</summary>
    private static readonly Dictionary<string, (string Name, string Value)> BadFields = new()
    {
        ["SelfAssessments.Edit"] = ("Input.OverallStatement", new string('x', 30_000)),
        ["SelfAssessments.Autosave"] = ("Input.OverallStatement", new string('x', 30_000)),
    };

    private sealed record Ids(int Plan, int Area, int Concern, int Intervention, int ReportBack, int Escalation, int Indicator, int CaseStudy, int Recommendation,
        int OtherDepartmentsEmergingRisk, int Department, int Period, int ScrutinyReview, int ScrutinyRecommendation, int Report, int Question, int Term = 0);

    /// <summary>For each POST action: who may not use it, and where to post.</summary>
    private static Dictionary<string, (string User, string Path)> Cases(Ids id)
    {
        var assessment = $"/departments/{id.Department}/self-assessments/{id.Period}";
        var concern = $"/concerns/{id.Concern}";
        return new()
        {
            ["Aalborg.Edit"] = (TestUsers.Cabinet, "/aalborg/edit"),
            ["Ambition.Record"] = (TestUsers.SelectCommittee, $"/ambition/indicators/{id.Indicator}"),
            ["Ambition.RecordRequest"] = (TestUsers.Cabinet, $"/ambition/indicators/{id.Indicator}/requests"),
            ["AreaLinks.SaveImpactAssessment"] = (TestUsers.Cabinet, $"/plan/areas/{id.Area}/impact-assessment"),
            ["AreaLinks.AddServicePlan"] = (TestUsers.ServiceManager, $"/plan/areas/{id.Area}/service-plans"),
            ["AreaLinks.ProposeToCmt"] = (TestUsers.ChiefExecutive, $"/plan/terms/{id.Term}/proposals/from-record"),
            ["AreaLinks.RemoveServicePlan"] = (TestUsers.ExecutiveMember, $"/plan/areas/{id.Area}/service-plans/1/remove"),
            ["Benchmarking.SaveComparator"] = (TestUsers.Cabinet, $"/benchmarking/{id.Indicator}"),
            ["Benchmarking.RemoveComparator"] = (TestUsers.Cabinet, $"/benchmarking/{id.Indicator}/comparators/1/remove"),
            ["Benchmarking.Import"] = (TestUsers.Cabinet, "/benchmarking/import"),
            ["CaseStudies.Create"] = (TestUsers.Cabinet, "/case-studies/new"),
            ["CaseStudies.Edit"] = (TestUsers.Cabinet, $"/case-studies/{id.CaseStudy}/edit"),
            ["Collation.Annotate"] = (TestUsers.PerformanceTeam, $"/collation/{id.Period}/departments/{id.Department}"),
            ["Collation.EditAnnotation"] = (TestUsers.PerformanceTeam, "/collation/annotations/1/edit"),
            ["Collation.RemoveAnnotation"] = (TestUsers.PerformanceTeam, "/collation/annotations/1/remove"),
            ["Collation.Overview"] = (TestUsers.PerformanceTeam, $"/collation/{id.Period}/overview"),
            ["Collation.AcceptTheme"] = (TestUsers.PerformanceTeam, $"/collation/{id.Period}/themes/accept"),
            ["Collation.IgnoreTheme"] = (TestUsers.PerformanceTeam, $"/collation/{id.Period}/themes/ignore"),
            ["Collation.ReconsiderTheme"] = (TestUsers.PerformanceTeam, $"/collation/{id.Period}/themes/reconsider"),
            ["Collation.KeepException"] = (TestUsers.PerformanceTeam, $"/collation/{id.Period}/exceptions/keep"),
            ["Collation.DropException"] = (TestUsers.PerformanceTeam, $"/collation/{id.Period}/exceptions/drop"),
            ["Collation.RestoreException"] = (TestUsers.PerformanceTeam, $"/collation/{id.Period}/exceptions/restore"),
            ["Collation.Issue"] = (TestUsers.PerformanceTeam, $"/collation/{id.Period}/issue"),
            ["Concerns.Create"] = (TestUsers.Cabinet, "/concerns/new"),
            ["Concerns.Decide"] = (TestUsers.ChiefOfficer, $"{concern}/decide"),
            ["Concerns.Assign"] = (TestUsers.ChiefOfficer, $"{concern}/interventions"),
            ["Concerns.Change"] = (TestUsers.ChiefOfficer, $"{concern}/interventions/{id.Intervention}"),
            ["Concerns.Report"] = (TestUsers.ChiefOfficer, $"{concern}/report-backs/{id.ReportBack}"),
            ["Concerns.Review"] = (TestUsers.ChiefOfficer, $"{concern}/report-backs/{id.ReportBack}/review"),
            ["Concerns.Escalate"] = (TestUsers.ChiefOfficer, $"{concern}/escalate"),
            ["Concerns.Close"] = (TestUsers.ChiefOfficer, $"{concern}/close"),
            ["CpegReport.Issue"] = (TestUsers.ChiefOfficer, "/cpeg/reports/issue"),
            ["CpegReport.RecordConsideration"] = (TestUsers.CpegMember, "/cpeg/reports/1/considerations"),
            ["Reports.RecordConsideration"] = (TestUsers.ServiceManager, "/reports/2/considerations"),
            ["Concerns.Respond"] = (TestUsers.PerformanceTeam, $"{concern}/escalations/{id.Escalation}/response"),
            ["Cpeg.Schedule"] = (TestUsers.ChiefOfficer, "/cpeg/meetings"),
            ["Cpeg.RecordDecision"] = (TestUsers.HeadOfImprovement, "/cpeg/meetings/1/decisions"),
            ["Cpeg.ConfirmMinutes"] = (TestUsers.CpegMember, "/cpeg/meetings/1/confirm-minutes"),
            ["Cpeg.Ratify"] = (TestUsers.HeadOfImprovement, "/cpeg/meetings/1/urgent-decisions/1/ratify"),
            ["DemoData.Save"] = (TestUsers.ChiefOfficer, "/admin/demo-data"),
            ["Outbox.Retry"] = (TestUsers.HeadOfImprovement, "/admin/outbox/1/retry"),
            ["Departments.Create"] = (TestUsers.ChiefOfficer, "/departments/new"),
            ["Departments.Edit"] = (TestUsers.ChiefOfficer, $"/departments/{id.Department}/edit"),
            ["EmergingRisks.Create"] = (TestUsers.Cabinet, "/emerging-risks/new"),
            ["EmergingRisks.Edit"] = (TestUsers.ChiefOfficer, $"/emerging-risks/{id.OtherDepartmentsEmergingRisk}/edit"),
            ["Indicators.RecordResult"] = (TestUsers.Cabinet, $"/indicators/{id.Indicator}/results"),
            ["Indicators.SetTarget"] = (TestUsers.ServiceManager, $"/indicators/{id.Indicator}/targets"),
            ["Indicators.Create"] = (TestUsers.ChiefOfficer, "/indicators/new"),
            ["Indicators.Edit"] = (TestUsers.ChiefOfficer, $"/indicators/{id.Indicator}/edit"),
            ["Indicators.Import"] = (TestUsers.ChiefOfficer, "/indicators/import"),
            ["Indicators.ImportDefinitions"] = (TestUsers.ChiefOfficer, "/indicators/import-definitions"),
            ["Indicators.ImportSources"] = (TestUsers.ChiefOfficer, "/indicators/import-sources"),
            ["Inspections.Create"] = (TestUsers.ChiefOfficer, "/inspections/new"),
            ["Inspections.Edit"] = (TestUsers.ChiefOfficer, "/inspections/1/edit"),
            ["Inspections.AddRecommendation"] = (TestUsers.ChiefOfficer, "/inspections/1/recommendations"),
            ["Inspections.UpdateProgress"] = (TestUsers.Cabinet, $"/inspections/recommendations/{id.Recommendation}"),
            ["Inspections.Reschedule"] = (TestUsers.ChiefOfficer, $"/inspections/recommendations/{id.Recommendation}/reschedule"),
            ["InspectionProgramme.Create"] = (TestUsers.ChiefOfficer, "/inspections/programme/new"),
            ["InspectionProgramme.Edit"] = (TestUsers.Cabinet, "/inspections/programme/1/edit"),
            ["InspectionProgramme.Remove"] = (TestUsers.ChiefOfficer, "/inspections/programme/1/remove"),
            ["Intelligence.Create"] = (TestUsers.SelectCommittee, "/inspections/intelligence/new"),
            ["Intelligence.Edit"] = (TestUsers.ChiefOfficer, "/inspections/intelligence/1/edit"),
            ["Menu.Add"] = (TestUsers.ChiefOfficer, "/concerns/menu"),
            ["Menu.Retire"] = (TestUsers.ChiefOfficer, "/concerns/menu/1/retire"),
            ["Questions.AskOnReport"] = (TestUsers.HeadOfImprovement, $"/questions/reports/{id.Report}/ask"),
            ["Questions.AskOnAssessment"] = (TestUsers.Cabinet, $"/questions/self-assessments/{id.Department}/{id.Period}/ask"),
            ["Questions.Answer"] = (TestUsers.Cabinet, $"/questions/{id.Question}/answer"),
            ["Plan.Refresh"] = (TestUsers.PerformanceTeam, $"/plan/{id.Plan}/refresh"),
            ["Plan.AddArea"] = (TestUsers.PerformanceTeam, $"/plan/{id.Plan}/areas"),
            ["Plan.Reword"] = (TestUsers.PerformanceTeam, $"/plan/areas/{id.Area}/reword"),
            ["Plan.Retire"] = (TestUsers.PerformanceTeam, $"/plan/areas/{id.Area}/retire"),
            ["Plan.RecordProgress"] = (TestUsers.Cabinet, $"/plan/areas/{id.Area}/progress"),
            ["Plan.AddTarget"] = (TestUsers.ChiefOfficer, $"/plan/areas/{id.Area}/targets"),
            ["Plan.AddMilestone"] = (TestUsers.ChiefOfficer, $"/plan/areas/{id.Area}/milestones"),
            ["Plan.RecordTargetValue"] = (TestUsers.Cabinet, $"/plan/areas/{id.Area}/target-values"),
            ["Plan.CompleteMilestone"] = (TestUsers.Cabinet, $"/plan/areas/{id.Area}/milestones/1/complete"),
            ["Plan.Accountability"] = (TestUsers.ChiefOfficer, $"/plan/areas/{id.Area}/accountability"),
            ["PlanLife.AddComment"] = (TestUsers.Cabinet, $"/plan/terms/{id.Term}/comments"),
            ["PlanLife.Agree"] = (TestUsers.HeadOfImprovement, $"/plan/terms/{id.Term}/cmt"),
            ["PlanLife.Endorse"] = (TestUsers.ChiefExecutive, $"/plan/terms/{id.Term}/cabinet"),
            ["PlanLife.Finalise"] = (TestUsers.Leader, $"/plan/terms/{id.Term}/finalise"),
            ["PlanLife.GoLive"] = (TestUsers.PerformanceTeam, $"/plan/terms/{id.Term}/live"),
            ["PlanLife.Propose"] = (TestUsers.PerformanceTeam, $"/plan/terms/{id.Term}/proposals"),
            ["PlanLife.Decide"] = (TestUsers.HeadOfImprovement, $"/plan/terms/{id.Term}/proposals/1/decision"),
            ["PlanLife.RecordReview"] = (TestUsers.ChiefExecutive, $"/plan/terms/{id.Term}/review"),
            ["PlanLife.StartNext"] = (TestUsers.Cabinet, $"/plan/terms/{id.Term}/next"),
            ["ReportingPeriods.AddYear"] = (TestUsers.ChiefOfficer, "/admin/reporting-periods/years"),
            ["ReportingPeriods.Edit"] = (TestUsers.ChiefOfficer, $"/admin/reporting-periods/{id.Period}/edit"),
            ["Risks.Assess"] = (TestUsers.ChiefOfficer, "/risks/1/assess"),
            ["Risks.Close"] = (TestUsers.ChiefOfficer, "/risks/1/close"),
            ["Risks.Create"] = (TestUsers.ChiefOfficer, "/risks/new"),
            ["Risks.Edit"] = (TestUsers.ChiefOfficer, "/risks/1/edit"),
            ["Scrutiny.Create"] = (TestUsers.Leader, "/scrutiny/new"),
            ["Scrutiny.Edit"] = (TestUsers.Leader, $"/scrutiny/{id.ScrutinyReview}/edit"),
            ["Scrutiny.Move"] = (TestUsers.Cabinet, $"/scrutiny/{id.ScrutinyReview}/step"),
            ["Scrutiny.AddEvidence"] = (TestUsers.HeadOfImprovement, $"/scrutiny/{id.ScrutinyReview}/evidence"),
            ["Scrutiny.AddRecommendation"] = (TestUsers.Leader, $"/scrutiny/{id.ScrutinyReview}/recommendations"),
            ["Scrutiny.RecordResponse"] = (TestUsers.ChiefOfficer, $"/scrutiny/recommendations/{id.ScrutinyRecommendation}/response"),
            ["Scrutiny.AddProgress"] = (TestUsers.SelectCommittee, $"/scrutiny/recommendations/{id.ScrutinyRecommendation}/progress"),
            ["Scorecards.Create"] = (TestUsers.ChiefOfficer, "/scorecards/new"),
            ["Scorecards.Edit"] = (TestUsers.HeadOfImprovement, "/scorecards/1/edit"),
            ["Scorecards.Retire"] = (TestUsers.Cabinet, "/scorecards/1/retire"),
            ["Scorecards.Settings"] = (TestUsers.ChiefOfficer, "/scorecards/1/settings"),
            ["Scorecards.AddMember"] = (TestUsers.ChiefOfficer, "/scorecards/1/members"),
            ["Scorecards.ImportMembers"] = (TestUsers.SelectCommittee, "/scorecards/import"),
            ["Scorecards.RemoveMember"] = (TestUsers.ChiefOfficer, $"/scorecards/1/members/{id.Indicator}/remove"),
            ["SelfAssessments.Edit"] = (TestUsers.ExecutiveMember, $"{assessment}/edit"),
            ["SelfAssessments.Autosave"] = (TestUsers.ExecutiveMember, $"{assessment}/autosave"),
            ["SelfAssessments.Send"] = (TestUsers.ExecutiveMember, $"{assessment}/send"),
            ["SelfAssessments.SendBack"] = (TestUsers.ChiefOfficer, $"{assessment}/send-back"),
            ["SelfAssessments.Confirm"] = (TestUsers.ChiefOfficer, $"{assessment}/confirm"),
            ["SelfAssessments.Return"] = (TestUsers.ChiefOfficer, $"{assessment}/return"),
            ["SelfAssessments.Accept"] = (TestUsers.ChiefOfficer, $"{assessment}/accept"),
            ["SelfAssessments.Resubmit"] = (TestUsers.ExecutiveMember, $"{assessment}/resubmit"),
            ["SelfAssessments.Links"] = (TestUsers.ExecutiveMember, $"{assessment}/links"),
            ["Tracker.Remind"] = (TestUsers.ChiefOfficer, "/self-assessments/tracker/remind"),
            ["GroupMappings.Add"] = (TestUsers.ChiefOfficer, "/admin/council-sign-in"),
            ["GroupMappings.Remove"] = (TestUsers.ChiefOfficer, "/admin/council-sign-in/1/remove"),
            ["Users.Approve"] = (TestUsers.ChiefOfficer, "/admin/users/someone/approve"),
            ["Users.Create"] = (TestUsers.ChiefOfficer, "/admin/users/new"),
            ["Users.Edit"] = (TestUsers.ChiefOfficer, "/admin/users/someone"),
            ["Users.Lock"] = (TestUsers.ChiefOfficer, "/admin/users/someone/lock"),
            ["Users.Unlock"] = (TestUsers.ChiefOfficer, "/admin/users/someone/unlock"),
            ["Users.ResetTwoFactor"] = (TestUsers.ChiefOfficer, "/admin/users/someone/reset-two-factor"),
            ["Users.ForceReset"] = (TestUsers.ChiefOfficer, "/admin/users/someone/reset-password"),
        };
    }

    [Fact]
    public async Task Every_post_checks_who_is_asking_before_the_input_so_a_forbidden_post_with_bad_input_is_403()
    {
        var routes = PostRoutes();
        var cases = Cases(await IdsAsync());
        var missing = routes.Where(r => !cases.ContainsKey(r) && !Everyones.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0,
            $"POST routes with no case here (say who may not use each, or why everyone may): {string.Join(", ", missing)}");
        Assert.Empty(cases.Keys.Concat(Everyones.Keys).Except(routes));

        var clients = new Dictionary<string, (SiteClient Client, string Token)>();
        var wrong = new List<string>();
        try
        {
            foreach (var (route, (user, path)) in cases.OrderBy(c => c.Key))
            {
                if (!clients.TryGetValue(user, out var signedIn))
                {
                    var client = app.CreateSiteClient();
                    await client.SignInAsync(user);
                    signedIn = clients[user] = (client, (await client.PageAsync("/account/change-password")).AntiforgeryToken());
                }

                // Bad input: every field the forms have is missing, so any validation would have something to say.
                var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", signedIn.Token) };
                if (BadFields.TryGetValue(route, out var bad))
                {
                    fields.Add(new(bad.Name, bad.Value));
                }

                var response = await signedIn.Client.Http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    wrong.Add($"{route} ({user} to {path}): {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }
        finally
        {
            foreach (var (client, _) in clients.Values)
            {
                client.Dispose();
            }
        }

        Assert.True(wrong.Count == 0, $"Not refused with 403 before validation:\n{string.Join("\n", wrong)}");
    }

    /// <summary>Every controller action that answers POST, as Controller.Action, from the site's own route table.</summary>
    private List<string> PostRoutes() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Post) == true)
            .Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>())
            .OfType<ControllerActionDescriptor>()
            .Select(a => $"{a.ControllerName}.{a.ActionName}")
            .Distinct()];

    private Task<Ids> IdsAsync() => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var users = s.GetRequiredService<UserManager<ApplicationUser>>();
        var chiefOfficer = (await users.FindByNameAsync(TestUsers.ChiefOfficer))!;
        var manager = (await users.FindByNameAsync(TestUsers.ServiceManager))!;
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var item = await db.MenuOfInterventions.FirstAsync(m => m.RetiredOn == null && m.ReportBackMonths == null);
        var concern = new AreaOfConcern($"Route check {Guid.NewGuid():N}", null, ConcernSource.ByHand, null, "Evidence", today.AddMonths(-2), "test");
        concern.DecideLocalImportance(true, "It matters", today.AddMonths(-2));
        concern.Assign(item, manager.Id, 1, today.AddMonths(-1).AddDays(-1));
        concern.Escalate(EscalatedTo.Cabinet, "Route check", today.AddMonths(-1));
        db.AreasOfConcern.Add(concern);
        await db.SaveChangesAsync();
        var period = (await s.GetRequiredService<ReportingPeriodService>().CurrentAsync())!;
        return new Ids(
            Term: await db.PlanTerms.Where(t => t.Status == HccPerformance.Core.ImprovementPlan.PlanStatus.Live).Select(t => t.Id).SingleAsync(),
            Plan: await db.ImprovementPlans.Where(p => p.IsCurrent).Select(p => p.Id).SingleAsync(),
            Area: await db.PriorityAreas.Where(a => a.Plan!.IsCurrent && !a.IsRetired).Select(a => a.Id).FirstAsync(),
            Concern: concern.Id,
            Intervention: concern.Interventions[0].Id,
            ReportBack: concern.Interventions[0].ReportBacks[0].Id,
            Escalation: concern.Escalations[0].Id,
            Indicator: await db.Indicators.Select(i => i.Id).FirstAsync(),
            CaseStudy: await db.CaseStudies.Select(c => c.Id).FirstAsync(),
            Recommendation: await db.Recommendations.Select(r => r.Id).FirstAsync(),
            OtherDepartmentsEmergingRisk: await db.EmergingRisks.Where(r => r.DepartmentId != chiefOfficer.DepartmentId).Select(r => r.Id).FirstAsync(),
            Department: chiefOfficer.DepartmentId!.Value,
            Period: period.Id,
            ScrutinyReview: await db.ScrutinyReviews.Where(r => r.Status == Core.Scrutiny.ScrutinyStatus.Reported).Select(r => r.Id).FirstAsync(),
            ScrutinyRecommendation: await db.ScrutinyRecommendations.Select(r => r.Id).FirstAsync(),
            Report: await db.IssuedReports.Select(r => r.Id).FirstAsync(),
            Question: await db.Questions.Select(q => q.Id).FirstAsync());
    });
}
