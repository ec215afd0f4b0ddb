using System.Text.Json;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Two years of quarterly self-assessments for every department (demo data, written for the demo council), ending with
/// the quarter we are in partly submitted. The quarters in the file are placed relative to today, so the demo stays current.
/// </summary>
public sealed class DemoSelfAssessments(AppDbContext db, TimeProvider clock, ILogger<DemoSelfAssessments> logger)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record Entry(
        string Department, int FinancialYear, int Quarter, string OverallStatement, string[] Strengths, string[] AreasForImprovement,
        string[] Risks, string[] Actions, string TradeOffs, string Outcome, string? Challenge, bool Late);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.SelfAssessments.AnyAsync(ct))
        {
            return;
        }

        await using var stream = typeof(DemoSelfAssessments).Assembly.GetManifestResourceStream("demo-self-assessments.json")
            ?? throw new InvalidOperationException("The demo self-assessments are missing from the assembly.");
        var entries = await JsonSerializer.DeserializeAsync<List<Entry>>(stream, JsonOptions, ct) ?? [];
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, ct);
        var periods = await db.ReportingPeriods.ToDictionaryAsync(p => (p.FinancialYear, p.Quarter), ct);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var current = Index(ReportingPeriod.FinancialYearOf(today), ReportingPeriod.QuarterOf(today));
        var latestInFile = entries.Max(e => Index(e.FinancialYear, e.Quarter));
        var seeded = 0;
        foreach (var entry in entries.Where(e => e.Outcome != "not-started"))
        {
            var index = current - (latestInFile - Index(entry.FinancialYear, entry.Quarter));
            if (!departments.TryGetValue(entry.Department, out var department) || !periods.TryGetValue((index / 4, (index % 4) + 1), out var period))
            {
                continue;
            }

            db.SelfAssessments.Add(Build(entry, department, period, clock.GetUtcNow().UtcDateTime));
            seeded++;
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded {Count} demo self-assessments", seeded);
    }

    private static int Index(int financialYear, int quarter) => (financialYear * 4) + quarter - 1;

    private static SelfAssessment Build(Entry entry, Department department, ReportingPeriod period, DateTime nowUtc)
    {
        var content = new AssessmentContent(entry.OverallStatement, entry.Strengths, entry.AreasForImprovement, entry.Risks, entry.Actions, entry.TradeOffs);
        var assessment = new SelfAssessment(department.Id, period.Id);
        // Around the deadline, but never in the future: this quarter's submissions happened in the last few days.
        var byDeadline = period.Deadline.AddDays(entry.Late ? 6 : -5).ToDateTime(new TimeOnly(16, 30), DateTimeKind.Utc);
        var submitted = byDeadline < nowUtc.AddDays(-8) ? byDeadline : nowUtc.AddDays(-8);
        var executiveMember = $"Executive Member, {department.Name}";
        var chiefOfficer = $"Chief Officer, {department.Name}";
        var returned = entry.Outcome is "returned" or "returned-then-accepted";

        // A returned assessment was first submitted without its last action: the resubmission answers the challenge.
        assessment.Write(entry.Outcome == "returned-then-accepted" && content.Actions.Count > 1
            ? content with { Actions = content.Actions.Take(content.Actions.Count - 1).ToList() }
            : content);
        if (entry.Outcome == "draft")
        {
            return assessment;
        }

        assessment.SendToExecutiveMember();
        if (entry.Outcome == "with-executive-member")
        {
            return assessment;
        }

        assessment.Confirm(executiveMember, "Reviewed together at our portfolio meeting.", submitted, period.Deadline);
        if (returned)
        {
            assessment.Return(entry.Challenge ?? "Please give the evidence behind the main claims.");
            if (entry.Outcome == "returned")
            {
                return assessment;
            }

            assessment.Write(content);
            assessment.Resubmit(chiefOfficer, submitted.AddDays(4));
        }

        if (entry.Outcome is "accepted" or "returned-then-accepted")
        {
            assessment.Accept(submitted.AddDays(returned ? 7 : 3));
        }

        return assessment;
    }
}
