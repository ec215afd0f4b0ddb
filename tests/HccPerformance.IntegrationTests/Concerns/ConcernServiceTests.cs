using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Concerns;

/// <summary>CPEG's decisions on areas of concern, per role, on the real database (issue 7; the pages come next).</summary>
public sealed class ConcernServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed class Acting(string userName, string role, string? userId) : ICurrentUser
    {
        public string? UserId => userId;
        public string UserName => userName;
        public string DisplayName => userName;
        public int? DepartmentId => null;

        public bool IsInRole(string r) => r == role;
    }

    private Task<T> AsAsync<T>(string userName, string role, Func<ConcernService, AppDbContext, Task<T>> act) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleOrDefaultAsync();
        var acting = new Acting(userName, role, id);
        var service = new ConcernService(db, acting, app.Clock, s.GetRequiredService<INotificationSender>(), s.GetRequiredService<ConcernSources>(),
            s.GetRequiredService<Core.Organisation.OrganisationReads>(), s.GetRequiredService<Core.Organisation.PeopleDirectory>(), new CpegSitting(db, acting, app.Clock));
        return await act(service, db);
    });

    private Task<AreaOfConcern> LoadAsync(int id) => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern
        .Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).AsNoTracking().SingleAsync(c => c.Id == id));

    private async Task<int> RaiseDecidedAsync(int? sourceId, string? title = null)
    {
        var id = await AsAsync(TestUsers.HeadOfImprovement, Roles.HeadOfImprovement,
            (s, _) => s.RaiseAsync(new RaiseInput { Title = title ?? $"Concern {sourceId}", DepartmentId = null, Source = sourceId is null ? ConcernSource.ByHand : ConcernSource.Risk, SourceId = sourceId, Evidence = "Red for two quarters" }));
        await AsAsync(TestUsers.CpegMember, Roles.CpegMember, async (s, _) =>
        {
            await s.DecideLocalImportanceAsync(id, new DecideInput { Important = true, LocalImportanceReason = "A Cabinet priority", Version = (await LoadAsync(id)).Version });
            return 0;
        });
        return id;
    }

    [Fact]
    public async Task Only_CPEG_members_and_the_Chief_Executive_decide()
    {
        var id = await AsAsync(TestUsers.PerformanceTeam, Roles.PerformanceTeam,
            (s, _) => s.RaiseAsync(new RaiseInput { Title = "NI 195 cleanliness red", DepartmentId = null, Source = ConcernSource.ByHand, SourceId = null, Evidence = "Graffiti 9% against 4%" }));
        var version = (await LoadAsync(id)).Version;

        foreach (var (userName, role) in new[] { (TestUsers.PerformanceTeam, Roles.PerformanceTeam), (TestUsers.HeadOfImprovement, Roles.HeadOfImprovement), (TestUsers.ChiefOfficer, Roles.ChiefOfficer) })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(userName, role, async (s, _) =>
            {
                await s.DecideLocalImportanceAsync(id, new DecideInput { Important = true, LocalImportanceReason = "Matters", Version = version });
                return 0;
            }));
        }

        Assert.Equal(ConcernStatus.Raised, (await LoadAsync(id)).Status);
        await AsAsync(TestUsers.ChiefExecutive, Roles.ChiefExecutive, async (s, _) =>
        {
            await s.DecideLocalImportanceAsync(id, new DecideInput { Important = false, LocalImportanceReason = "A national measurement change, not local performance", Version = version });
            return 0;
        });
        Assert.Equal(ConcernStatus.NotImportantLocally, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task One_source_has_one_open_concern()
    {
        var risk = await ConcernTestData.NewRiskAsync(app, likelihood: 5, impact: 4);
        var id = await RaiseDecidedAsync(risk, "Concern on a high risk");

        var duplicate = await Assert.ThrowsAsync<DomainException>(() => AsAsync(TestUsers.CpegMember, Roles.CpegMember,
            (s, _) => s.RaiseAsync(new RaiseInput { Title = "Same again", DepartmentId = null, Source = ConcernSource.Risk, SourceId = risk, Evidence = "Still red" })));

        Assert.Contains("\"Concern on a high risk\"", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.CountAsync(c => c.Source == ConcernSource.Risk && c.SourceId == risk)));
        await AsAsync(TestUsers.CpegMember, Roles.CpegMember, async (s, _) =>
        {
            await s.CloseAsync(id, new CloseConcernInput { OutcomeKind = ConcernOutcome.Improved, Outcome = "Improved: green for two quarters", Version = (await LoadAsync(id)).Version });
            return 0;
        });
        Assert.True(await AsAsync(TestUsers.CpegMember, Roles.CpegMember, (s, _) => s.RaiseAsync(new RaiseInput { Title = "Red again", DepartmentId = null, Source = ConcernSource.Risk, SourceId = risk, Evidence = "Red in Q4" })) > id);
    }

    [Fact]
    public async Task An_intervention_goes_to_an_officer_with_an_account_who_is_told_and_reports_back_on_it_alone()
    {
        var id = await RaiseDecidedAsync(null, "Concern 9003");
        var menu = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().MenuOfInterventions.SingleAsync(m => m.Number == 4));
        var officer = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == "service.manager").Select(u => u.Id).SingleAsync());

        var nobody = await Assert.ThrowsAsync<DomainException>(() => AsAsync(TestUsers.CpegMember, Roles.CpegMember, async (s, _) =>
        {
            await s.AssignAsync(id, new AssignInput { MenuItemId = menu.Id, ResponsibleUserId = "no-such-user", FrequencyMonths = null, Version = (await LoadAsync(id)).Version });
            return 0;
        }));
        Assert.Equal(nameof(Intervention.ResponsibleUserId), nobody.Field);
        Assert.Empty((await LoadAsync(id)).Interventions);

        await AsAsync(TestUsers.CpegMember, Roles.CpegMember, async (s, _) =>
        {
            await s.AssignAsync(id, new AssignInput { MenuItemId = menu.Id, ResponsibleUserId = officer, FrequencyMonths = null, Version = (await LoadAsync(id)).Version });
            return 0;
        });
        var concern = await LoadAsync(id);
        var reportBack = concern.Interventions.Single().ReportBacks[0];
        // One report-back owed at a time (Appendix Two): category four's is due within a month of CPEG's decision.
        Assert.Equal(ConcernTestData.Today(app).AddMonths(1), Assert.Single(concern.Interventions.Single().ReportBacks).DueOn);
        Assert.True(await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Notifications.AnyAsync(n => n.UserId == officer && n.Text.Contains("Category four"))));

        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(TestUsers.ChiefOfficer, Roles.ChiefOfficer, async (s, _) =>
        {
            await s.SubmitReportBackAsync(id, reportBack.Id, new ReportBackInput { Progress = "Not mine to say", Evidence = null, Rag = Rag.Green, Version = concern.Version });
            return 0;
        }));
        await AsAsync("service.manager", Roles.ServiceManager, async (s, _) =>
        {
            await s.SubmitReportBackAsync(id, reportBack.Id, new ReportBackInput { Progress = "Two new crews on graffiti since September", Evidence = "Monthly survey", Rag = Rag.Amber, Version = concern.Version });
            return 0;
        });
        Assert.Equal("Two new crews on graffiti since September", (await LoadAsync(id)).Interventions.Single().ReportBacks[0].Progress);
    }

    [Fact]
    public async Task Closing_without_an_outcome_is_refused_and_changes_nothing()
    {
        var id = await RaiseDecidedAsync(null, "Concern 9004");

        var refused = await Assert.ThrowsAsync<DomainException>(() => AsAsync(TestUsers.CpegMember, Roles.CpegMember, async (s, _) =>
        {
            await s.CloseAsync(id, new CloseConcernInput { OutcomeKind = ConcernOutcome.Held, Outcome = "", Version = (await LoadAsync(id)).Version });
            return 0;
        }));

        Assert.Equal(nameof(AreaOfConcern.Outcome), refused.Field);
        Assert.Equal(ConcernStatus.Active, (await LoadAsync(id)).Status);
    }
}
