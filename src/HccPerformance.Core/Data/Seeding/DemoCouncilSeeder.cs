using HccPerformance.Core.Common;
using HccPerformance.Core.Data.Interceptors;
using HccPerformance.Core.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// The believable demo council of the Development run: one person per role, so a newcomer can sign in as anyone,
/// and the quarter we are in opened for reporting. Later features add their demo data here, after the people.
/// Never runs in Production (the initialiser only calls it when Database:SeedDemoCouncil is on).
/// </summary>
public sealed class DemoCouncilSeeder(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    IConfiguration configuration,
    TimeProvider clock,
    DemoSelfAssessments selfAssessments,
    DemoImprovementPlan improvementPlan,
    DemoPlanLife planLife,
    DemoIndicators indicators,
    DemoRisks risks,
    DemoInspections inspections,
    DemoBenchmarking benchmarking,
    DemoOutcomes outcomes,
    DemoConcerns concerns,
    DemoCpegMinutes cpegMinutes,
    DemoReports reports,
    DemoScrutiny scrutiny,
    DemoQuestions questions,
    DemoAmbition ambition,
    DemoPlanOrigins planOrigins,
    ILogger<DemoCouncilSeeder> logger)
{
    public const string PasswordSetting = "DemoCouncil:Password";

    public static readonly IReadOnlyList<DemoUser> People =
    [
        new("chief.officer", "Chief Officer, Adult Services", Roles.ChiefOfficer, "AS"),
        new("executive.member", "Executive Member, Adult Services", Roles.ExecutiveMember, "AS"),
        new("head.of.improvement", "Head of Improvement", Roles.HeadOfImprovement, null),
        new("cpeg.member", "CPEG member", Roles.CpegMember, null),
        new("chief.executive", "Chief Executive", Roles.ChiefExecutive, null),
        new("performance.member", "Executive Member for Efficiency, Performance and Rural Policy", Roles.PerformanceExecutiveMember, null),
        new("leader", "Leader of the Council", Roles.Leader, null),
        new("cabinet", "Cabinet member", Roles.Cabinet, null),
        new("select.committee", "Select Committee member", Roles.SelectCommittee, null),
        new("service.manager", "Service Manager, Environment", Roles.ServiceManager, "ENV"),
        new("performance.team", "Corporate Performance Team officer", Roles.PerformanceTeam, null),
        new("admin", "Administrator", Roles.Administrator, null),
    ];

    /// <summary>The other departments' Chief Officers and Executive Members, so every department has people to answer for it.</summary>
    public static readonly IReadOnlyList<DemoUser> DepartmentPeople =
    [
        .. DatabaseInitialiser.SeededDepartments.Where(d => d.Code is not "AS").SelectMany(d => new DemoUser[]
        {
            new($"chief.officer.{d.Code.ToLowerInvariant()}", $"Chief Officer, {d.Name}", Roles.ChiefOfficer, d.Code),
            new($"executive.member.{d.Code.ToLowerInvariant()}", $"Executive Member, {d.Name}", Roles.ExecutiveMember, d.Code),
        }),
    ];

    public string Password => configuration[PasswordSetting] is { Length: >= Limits.PasswordMinimum } password
        ? password
        : throw new InvalidOperationException($"{PasswordSetting} must be set (at least {Limits.PasswordMinimum} characters) to seed the demo council.");

    public async Task SeedAsync(CancellationToken ct = default)
    {
        // Everything written from here on is the demo council's: the interceptor marks it as demo (issue 17).
        using var demoScope = DemoSeeding.Begin();
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var created = 0;
        string? passwordHash = null;
        foreach (var person in People.Concat(DepartmentPeople))
        {
            if (await users.FindByNameAsync(person.UserName) is not null)
            {
                continue;
            }

            var user = new ApplicationUser
            {
                UserName = person.UserName,
                Email = $"{person.UserName}@demo.invalid",
                EmailConfirmed = true,
                DisplayName = person.DisplayName,
                DepartmentId = person.DepartmentCode is { } code && departments.TryGetValue(code, out var id) ? id : null,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            // Everyone shares the demo password, so hash it once (PBKDF2 at 210,000 iterations is slow on purpose).
            passwordHash ??= users.PasswordHasher.HashPassword(user, Password);
            user.PasswordHash = passwordHash;
            Check(await users.CreateAsync(user), person.UserName);
            Check(await users.AddToRoleAsync(user, person.Role), person.UserName);
            created++;
        }

        // The quarter we are in is open, so the demo has a current period with a deadline ahead of it.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!await db.ReportingPeriods.AnyAsync(p => p.IsOpen, ct))
        {
            var current = await db.ReportingPeriods.SingleOrDefaultAsync(
                p => p.FinancialYear == ReportingPeriod.FinancialYearOf(today) && p.Quarter == ReportingPeriod.QuarterOf(today), ct);
            current?.Open();
            await db.SaveChangesAsync(ct);
        }

        if (created > 0)
        {
            logger.LogInformation("Seeded the demo council: {Count} people", created);
        }

        await selfAssessments.SeedAsync(ct);
        await improvementPlan.SeedAsync(ct);
        await planLife.SeedAsync(ct);
        await indicators.SeedAsync(ct);
        await risks.SeedAsync(ct);
        await inspections.SeedAsync(ct);
        await inspections.SeedProgrammeAsync(ct);
        await benchmarking.SeedAsync(ct);
        await outcomes.SeedAsync(ct);
        await concerns.SeedAsync(ct);
        await cpegMinutes.SeedAsync(ct);
        await reports.SeedAsync(ct);
        await scrutiny.SeedAsync(ct);
        await questions.SeedAsync(ct);
        await ambition.SeedAsync(ct);
        await planOrigins.SeedAsync(ct);
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not seed demo user {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
