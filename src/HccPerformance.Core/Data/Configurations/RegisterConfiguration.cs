using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Inspections;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Outcomes;
using HccPerformance.Core.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(20).IsRequired();
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(300).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.Owner).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Controls).HasMaxLength(2000);
        builder.Property(r => r.Trend).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ClosedReason).HasMaxLength(1000);
        builder.Ignore(r => r.Score);
        builder.Ignore(r => r.Rag);
        builder.Ignore(r => r.IsOpen);
        builder.HasIndex(r => new { r.IsStrategic, r.ClosedOn });
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Reviews).WithOne().HasForeignKey(v => v.RiskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Reviews).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RiskReviewConfiguration : IEntityTypeConfiguration<RiskReview>
{
    public void Configure(EntityTypeBuilder<RiskReview> builder)
    {
        builder.ToTable("RiskReviews");
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class EmergingRiskConfiguration : IEntityTypeConfiguration<EmergingRisk>
{
    public void Configure(EntityTypeBuilder<EmergingRisk> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(300).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.RaisedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Outcome).HasMaxLength(1000);
        builder.HasIndex(r => new { r.Status, r.DepartmentId });
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.Property(i => i.Body).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Service).HasMaxLength(300).IsRequired();
        builder.Property(i => i.Judgement).HasMaxLength(InspectionLimits.Judgement);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.Owner).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Evidence).HasMaxLength(2000);
        builder.HasIndex(r => new { r.Status, r.DueOn });
        builder.HasOne<Inspection>().WithMany().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BenchmarkResultConfiguration : IEntityTypeConfiguration<BenchmarkResult>
{
    public void Configure(EntityTypeBuilder<BenchmarkResult> builder)
    {
        builder.Property(b => b.Comparator).HasMaxLength(200).IsRequired();
        builder.Property(b => b.Value).HasPrecision(18, 4);
        builder.HasIndex(b => new { b.IndicatorId, b.FinancialYear, b.Comparator }).IsUnique();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(b => b.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseStudyConfiguration : IEntityTypeConfiguration<CaseStudy>
{
    public void Configure(EntityTypeBuilder<CaseStudy> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Outcome).HasMaxLength(500).IsRequired();
        builder.Property(c => c.Narrative).HasMaxLength(4000).IsRequired();
        builder.HasIndex(c => c.ReportingPeriodId);
        builder.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(c => c.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AalborgScoreConfiguration : IEntityTypeConfiguration<AalborgScore>
{
    public void Configure(EntityTypeBuilder<AalborgScore> builder)
    {
        builder.Property(a => a.Score).HasPrecision(4, 2);
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.HasIndex(a => new { a.FinancialYear, a.Commitment }).IsUnique();
        builder.Ignore(a => a.CommitmentName);
    }
}
