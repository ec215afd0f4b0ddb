using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Reports;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class CollatedReportConfiguration : IEntityTypeConfiguration<CollatedReport>
{
    public void Configure(EntityTypeBuilder<CollatedReport> builder)
    {
        builder.ToTable("CollatedReports");
        builder.HasIndex(r => r.ReportingPeriodId).IsUnique();
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(r => r.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.KeyIssues).HasMaxLength(ReportLimits.OverviewText).IsRequired();
        builder.Property(r => r.CrossCuttingIssues).HasMaxLength(ReportLimits.OverviewText).IsRequired();
        builder.HasMany(r => r.Themes).WithOne().HasForeignKey(t => t.CollatedReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Themes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Challenges).WithOne().HasForeignKey(c => c.CollatedReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Challenges).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.ThemeDecisions).WithOne().HasForeignKey(d => d.CollatedReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.ThemeDecisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.ExceptionDecisions).WithOne().HasForeignKey(d => d.CollatedReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.ExceptionDecisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CommonThemeConfiguration : IEntityTypeConfiguration<CommonTheme>
{
    public void Configure(EntityTypeBuilder<CommonTheme> builder)
    {
        builder.ToTable("CommonThemes");
        builder.Property(t => t.Title).HasMaxLength(ReportLimits.ThemeTitle).IsRequired();
        builder.Property(t => t.Text).HasMaxLength(ReportLimits.ThemeText).IsRequired();
        builder.Property(t => t.SourceKey).HasMaxLength(ReportLimits.DecisionKey);
    }
}

internal sealed class DepartmentChallengeConfiguration : IEntityTypeConfiguration<DepartmentChallenge>
{
    public void Configure(EntityTypeBuilder<DepartmentChallenge> builder)
    {
        builder.ToTable("DepartmentChallenges");
        builder.Property(c => c.Text).HasMaxLength(ReportLimits.Challenge).IsRequired();
        builder.HasIndex(c => new { c.CollatedReportId, c.DepartmentId }).IsUnique();
        builder.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ThemeDecisionConfiguration : IEntityTypeConfiguration<ThemeDecision>
{
    public void Configure(EntityTypeBuilder<ThemeDecision> builder)
    {
        builder.ToTable("ThemeDecisions");
        builder.Property(d => d.Key).HasMaxLength(ReportLimits.DecisionKey).IsRequired();
        builder.HasIndex(d => new { d.CollatedReportId, d.Key }).IsUnique();
    }
}

internal sealed class ExceptionDecisionConfiguration : IEntityTypeConfiguration<ExceptionDecision>
{
    public void Configure(EntityTypeBuilder<ExceptionDecision> builder)
    {
        builder.ToTable("ExceptionDecisions");
        builder.Property(d => d.Key).HasMaxLength(ReportLimits.DecisionKey).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(ReportLimits.ThemeTitle);
        builder.Property(d => d.Text).HasMaxLength(ReportLimits.ThemeText);
        builder.HasIndex(d => new { d.CollatedReportId, d.Key }).IsUnique();
    }
}

internal sealed class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> builder)
    {
        builder.ToTable("Annotations");
        builder.Property(a => a.Text).HasMaxLength(ReportLimits.Annotation).IsRequired();
        builder.Property(a => a.AnchorText).HasMaxLength(Common.Limits.AssessmentItemText);
        builder.HasIndex(a => a.SelfAssessmentId);
        // Assessments are never deleted; an item that is (rewritten away after a return) leaves its comment on the whole
        // assessment, with the item's words kept. One cascading path only, as SQL Server requires.
        builder.HasOne<SelfAssessment>().WithMany().HasForeignKey(a => a.SelfAssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AssessmentItem>().WithMany().HasForeignKey(a => a.AssessmentItemId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class IssuedReportConfiguration : IEntityTypeConfiguration<IssuedReport>
{
    public void Configure(EntityTypeBuilder<IssuedReport> builder)
    {
        builder.ToTable("IssuedReports");
        builder.HasIndex(r => new { r.ReportingPeriodId, r.VersionNumber }).IsUnique();
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(r => r.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.PeriodName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.IssuedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.ContentJson).IsRequired();
        builder.Property(r => r.Pdf).IsRequired();
        builder.HasMany(r => r.Considerations).WithOne().HasForeignKey(c => c.IssuedReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Considerations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReportConsiderationConfiguration : IEntityTypeConfiguration<ReportConsideration>
{
    public void Configure(EntityTypeBuilder<ReportConsideration> builder)
    {
        builder.ToTable("ReportConsiderations");
        // Each body considers a version once: the database refuses a second even if two people record at the same moment.
        builder.HasIndex(c => new { c.IssuedReportId, c.Body }).IsUnique();
        builder.Property(c => c.Decisions).HasMaxLength(JourneyLimits.Decisions).IsRequired();
        builder.Property(c => c.Notes).HasMaxLength(JourneyLimits.Notes);
        builder.Property(c => c.RecordedBy).HasMaxLength(JourneyLimits.RecordedBy).IsRequired();
    }
}
