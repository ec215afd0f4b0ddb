using HccPerformance.Core.Auditing;
using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.SelfAssessments;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HccPerformance.Core.Data;

/// <summary>
/// The one database of the site: the domain, Identity and the data-protection keys.
/// This type is the SQL Server context; <see cref="SqliteAppDbContext"/> is the embedded one,
/// each with its own migrations (EF Core: "one context type per provider").
/// </summary>
public class AppDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options) { }

    protected AppDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Department> Departments => Set<Department>();
    public DbSet<ReportingPeriod> ReportingPeriods => Set<ReportingPeriod>();
    public DbSet<SelfAssessment> SelfAssessments => Set<SelfAssessment>();
    public DbSet<CorporateImprovementPlan> ImprovementPlans => Set<CorporateImprovementPlan>();
    public DbSet<PriorityArea> PriorityAreas => Set<PriorityArea>();
    public DbSet<AreaOrigin> AreaOrigins => Set<AreaOrigin>();
    public DbSet<ImpactAssessment> ImpactAssessments => Set<ImpactAssessment>();
    public DbSet<ServicePlanLink> ServicePlanLinks => Set<ServicePlanLink>();
    public DbSet<PlanTerm> PlanTerms => Set<PlanTerm>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Scorecard> Scorecards => Set<Scorecard>();
    public DbSet<IndicatorResult> IndicatorResults => Set<IndicatorResult>();
    public DbSet<Risks.Risk> Risks => Set<Risks.Risk>();
    public DbSet<Risks.EmergingRisk> EmergingRisks => Set<Risks.EmergingRisk>();
    public DbSet<Inspections.Inspection> Inspections => Set<Inspections.Inspection>();
    public DbSet<Inspections.Recommendation> Recommendations => Set<Inspections.Recommendation>();
    public DbSet<Inspections.ExpectedInspection> ExpectedInspections => Set<Inspections.ExpectedInspection>();
    public DbSet<Inspections.IntelligenceRecord> IntelligenceRecords => Set<Inspections.IntelligenceRecord>();
    public DbSet<Benchmarking.BenchmarkResult> BenchmarkResults => Set<Benchmarking.BenchmarkResult>();
    public DbSet<Outcomes.CaseStudy> CaseStudies => Set<Outcomes.CaseStudy>();
    public DbSet<Outcomes.AalborgScore> AalborgScores => Set<Outcomes.AalborgScore>();
    public DbSet<Concerns.MenuItem> MenuOfInterventions => Set<Concerns.MenuItem>();
    public DbSet<Concerns.AreaOfConcern> AreasOfConcern => Set<Concerns.AreaOfConcern>();
    public DbSet<Concerns.CpegMeeting> CpegMeetings => Set<Concerns.CpegMeeting>();
    public DbSet<Concerns.UrgentDecision> UrgentDecisions => Set<Concerns.UrgentDecision>();
    public DbSet<Reports.CollatedReport> CollatedReports => Set<Reports.CollatedReport>();
    public DbSet<Reports.Annotation> Annotations => Set<Reports.Annotation>();
    public DbSet<Reports.IssuedReport> IssuedReports => Set<Reports.IssuedReport>();
    public DbSet<Concerns.IssuedCpegReport> IssuedCpegReports => Set<Concerns.IssuedCpegReport>();
    public DbSet<Scrutiny.ScrutinyReview> ScrutinyReviews => Set<Scrutiny.ScrutinyReview>();
    public DbSet<Scrutiny.ScrutinyRecommendation> ScrutinyRecommendations => Set<Scrutiny.ScrutinyRecommendation>();
    public DbSet<Questions.Question> Questions => Set<Questions.Question>();
    public DbSet<PortfolioDepartment> PortfolioDepartments => Set<PortfolioDepartment>();
    public DbSet<GroupMapping> GroupMappings => Set<GroupMapping>();
    public DbSet<CouncilSignInRefusal> CouncilSignInRefusals => Set<CouncilSignInRefusal>();
    public DbSet<Ambition.Ambition> Ambitions => Set<Ambition.Ambition>();
    public DbSet<Ambition.AmbitionRequest> AmbitionRequests => Set<Ambition.AmbitionRequest>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<EmailPreference> EmailPreferences => Set<EmailPreference>();
    public DbSet<Site.SiteSettings> SiteSettings => Set<Site.SiteSettings>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<PasswordHistoryEntry> PasswordHistory => Set<PasswordHistoryEntry>();
    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes()
                     .Where(e => typeof(AuditableEntity).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(AuditableEntity.Version)).IsConcurrencyToken();
            builder.Entity(entity.ClrType).Property(nameof(AuditableEntity.CreatedBy)).HasMaxLength(Limits.UserName * 2);
            builder.Entity(entity.ClrType).Property(nameof(AuditableEntity.ModifiedBy)).HasMaxLength(Limits.UserName * 2);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime in the model is UTC; SQLite forgets the kind, so give it back on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}

/// <summary>The embedded SQLite context: the same model, its own migrations.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
