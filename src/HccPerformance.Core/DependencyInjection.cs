using HccPerformance.Core.Auditing;
using HccPerformance.Core.Data;
using HccPerformance.Core.Data.Interceptors;
using HccPerformance.Core.Data.Seeding;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Indicators.Import;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HccPerformance.Core;

public static class DependencyInjection
{
    public static IServiceCollection AddCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddScoped<AuditInterceptor>();
        services.AddSingleton<DemoRecordInterceptor>();
        services.AddSingleton<ChangeSignal>();
        // Email (issue 19): the relay, the links' base and when summaries go; the interceptor queues each notification's email in its save.
        services.AddOptions<EmailOptions>()
            .Configure(o =>
            {
                configuration.GetSection(EmailOptions.Section).Bind(o);
                o.BaseUrl = configuration["Site:BaseUrl"] ?? "";
            })
            .Validate(o => !o.Enabled || Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal),
                "Site:BaseUrl must be the site's address (https://...) when Email:Host is set: every email links back to the site.")
            .Validate(o => !o.Enabled || MimeKit.MailboxAddress.TryParse(o.From, out _),
                "Email:From must be an email address when Email:Host is set.")
            .Validate(o => { try { TimeZoneInfo.FindSystemTimeZoneById(o.TimeZone); return true; } catch (TimeZoneNotFoundException) { return false; } },
                "Email:TimeZone is not a time zone this machine knows (use an IANA name such as Europe/London).")
            .ValidateOnStart();
        services.AddSingleton<EmailOutboxInterceptor>();

        if (string.Equals(options.Provider, DatabaseOptions.SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(DatabaseOptions.SqlServer)
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
            services.AddDbContext<AppDbContext>((sp, o) => o
                .UseSqlServer(connectionString, sql => sql.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName))
                .AddInterceptors(sp.GetRequiredService<DemoRecordInterceptor>(), sp.GetRequiredService<EmailOutboxInterceptor>(), sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<ChangeSignal>()));
        }
        else if (string.Equals(options.Provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = SqliteConnectionString(configuration, options, contentRoot);
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<DemoRecordInterceptor>(), sp.GetRequiredService<EmailOutboxInterceptor>(), sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<ChangeSignal>()));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not known: use Sqlite or SqlServer.");
        }

        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<DemoCouncilSeeder>();
        services.AddScoped<DemoSelfAssessments>();
        services.AddScoped<DemoImprovementPlan>();
        services.AddScoped<DemoIndicators>();
        services.AddScoped<DemoRisks>();
        services.AddScoped<DemoInspections>();
        services.AddScoped<DemoBenchmarking>();
        services.AddScoped<DemoOutcomes>();
        services.AddScoped<DemoConcerns>();
        services.AddScoped<DemoPlanOrigins>();
        services.AddScoped<DemoCpegMinutes>();
        services.AddScoped<DemoReports>();
        services.AddScoped<DemoScrutiny>();
        services.AddScoped<DemoAmbition>();
        services.AddScoped<DemoPlanLife>();
        services.AddScoped<DepartmentService>();
        services.AddScoped<ReportingPeriodService>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<GroupMappingService>();
        services.AddScoped<CouncilAccounts>();
        // Each feature's one read class for the rest of Core (convention 15).
        services.AddScoped<OrganisationReads>();
        services.AddScoped<SelfAssessmentReads>();
        services.AddScoped<PlanReads>();
        services.AddScoped<IndicatorReads>();
        services.AddScoped<Risks.RiskReads>();
        services.AddScoped<Inspections.InspectionReads>();
        services.AddScoped<Benchmarking.BenchmarkReads>();
        services.AddScoped<Outcomes.OutcomeReads>();
        services.AddScoped<Concerns.ConcernReads>();
        services.AddScoped<SelfAssessmentService>();
        services.AddScoped<LinkedItems>();
        services.AddScoped<PlanService>();
        services.AddScoped<AreaOriginSources>();
        services.AddScoped<AreaLinksService>();
        services.AddScoped<PlanLifeService>();
        services.AddScoped<Ambition.AmbitionService>();
        services.AddScoped<IndicatorService>();
        services.AddScoped<ScorecardService>();
        services.AddScoped<ResultService>();
        services.AddScoped<IndicatorImport>();
        services.AddScoped<MembershipImport>();
        services.AddScoped<SourceImport>();
        services.AddScoped<Dashboard.DashboardService>();
        services.AddScoped<Concerns.ConcernService>();
        services.AddScoped<Concerns.ConcernSources>();
        services.AddJobs(configuration);
        services.AddScoped<Concerns.MenuService>();
        services.AddScoped<Concerns.CpegMeetingService>();
        services.AddScoped<Concerns.CpegSitting>();
        services.AddScoped<Concerns.CpegReportService>();
        services.AddScoped<Concerns.CpegReportIssuing>();
        services.AddScoped<Concerns.IsItWorkingService>();
        services.AddScoped<Risks.RiskRegister>();
        services.AddScoped<Risks.EmergingRiskRegister>();
        services.AddScoped<Inspections.InspectionRegister>();
        services.AddScoped<Inspections.InspectionProgramme>();
        services.AddScoped<Inspections.IntelligenceRegister>();
        services.AddScoped<Benchmarking.BenchmarkingService>();
        services.AddScoped<Outcomes.OutcomesService>();
        // The council's name is printed on every document: a site without it would print an empty header, so it will not start.
        services.AddOptions<Reports.CouncilOptions>().Bind(configuration.GetSection(Reports.CouncilOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Name), "Council:Name must be set (appsettings.json): it heads every report and PDF.")
            .ValidateOnStart();
        services.AddScoped<Reports.CollatedReports>();
        services.AddScoped<Reports.CollationWorkspace>();
        services.AddScoped<Reports.AnnotationService>();
        services.AddScoped<Reports.OverviewService>();
        services.AddScoped<Reports.ConcernsByException>();
        services.AddScoped<Reports.ReportIssuing>();
        services.AddScoped<Reports.ReportReader>();
        services.AddScoped<Reports.ReportReads>();
        services.AddScoped<Reports.ReportJourney>();
        services.AddScoped<Scrutiny.ScrutinyReads>();
        services.AddScoped<Scrutiny.ScrutinyService>();
        services.AddScoped<Questions.QuestionReads>();
        services.AddScoped<Questions.QuestionService>();
        services.AddScoped<DemoQuestions>();
        services.AddScoped<INotificationSender, InSiteNotificationSender>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<EmailPreferences>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<OutboxAdministration>();
        services.AddScoped<Site.DemoFlag>();
        services.AddScoped<Site.DemoRecords>();
        services.AddScoped<Site.DemoDataService>();
        return services;
    }

    /// <summary>
    /// Scheduled work (issue 19): the leases, the reminder ledger, the runner, and each feature's reminder job. A job is
    /// its lease's name, the scoped service that does it, and its interval.
    /// </summary>
    private static void AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Jobs.JobOptions>(configuration.GetSection(Jobs.JobOptions.Section));
        var options = configuration.GetSection(Jobs.JobOptions.Section).Get<Jobs.JobOptions>() ?? new Jobs.JobOptions();
        services.AddSingleton(Jobs.JobInstance.From(options));
        services.AddScoped<Jobs.JobLeases>();
        services.AddScoped<Jobs.ReminderLedger>();
        services.AddSingleton<Jobs.JobRunner>();
        var reminders = TimeSpan.FromSeconds(options.RemindersEverySeconds);
        services.AddJob<Concerns.ReportBackReminders>(Concerns.ReportBackReminders.JobName, reminders);
        services.AddJob<Concerns.CpegReportReminders>(Concerns.CpegReportReminders.JobName, reminders);
        services.AddJob<DeadlineReminders>(DeadlineReminders.JobName, reminders);
        services.AddJob<Questions.UnansweredQuestionReminders>(Questions.UnansweredQuestionReminders.JobName, reminders);
    }

    public static IServiceCollection AddJob<T>(this IServiceCollection services, string name, TimeSpan every) where T : class, Jobs.IScheduledJob
    {
        services.AddScoped<T>();
        services.AddSingleton(new Jobs.ScheduledJob(name, typeof(T), every));
        return services;
    }

    /// <summary>
    /// <c>ConnectionStrings:Sqlite</c> when given; otherwise a file in the data folder. The folder is
    /// not created here: the initialiser does that, so a folder that cannot be made fails at start-up with a clear message.
    /// </summary>
    public static string SqliteConnectionString(IConfiguration configuration, DatabaseOptions options, string contentRoot)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.Sqlite);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = Path.IsPathRooted(options.DataFolder) ? options.DataFolder : Path.Combine(contentRoot, options.DataFolder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "hccperformance.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();
    }
}
