using HccPerformance.Core.Concerns;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Reports;
using HccPerformance.Core.Scrutiny;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class ScrutinyReviewConfiguration : IEntityTypeConfiguration<ScrutinyReview>
{
    public void Configure(EntityTypeBuilder<ScrutinyReview> builder)
    {
        builder.ToTable("ScrutinyReviews");
        builder.Property(r => r.Committee).HasMaxLength(ScrutinyLimits.Committee).IsRequired();
        builder.Property(r => r.Topic).HasMaxLength(ScrutinyLimits.Topic).IsRequired();
        builder.Property(r => r.Scope).HasMaxLength(ScrutinyLimits.Scope).IsRequired();
        builder.Property(r => r.Findings).HasMaxLength(ScrutinyLimits.Findings);
        builder.Property(r => r.ReportSection).HasMaxLength(ScrutinyLimits.ReportSection);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Ignore(r => r.FollowsFrom);
        builder.HasIndex(r => r.Status);
        // What a review follows from is pointed to, never copied; neither can be deleted from under it.
        builder.HasOne<AreaOfConcern>().WithMany().HasForeignKey(r => r.ConcernId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IssuedReport>().WithMany().HasForeignKey(r => r.IssuedReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.ScrutinyReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Recommendations).WithOne().HasForeignKey(x => x.ScrutinyReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Recommendations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ScrutinyEvidenceConfiguration : IEntityTypeConfiguration<ScrutinyEvidence>
{
    public void Configure(EntityTypeBuilder<ScrutinyEvidence> builder)
    {
        builder.ToTable("ScrutinyEvidence");
        builder.Property(e => e.What).HasMaxLength(ScrutinyLimits.EvidenceWhat).IsRequired();
        builder.Property(e => e.From).HasMaxLength(ScrutinyLimits.EvidenceFrom).IsRequired();
        builder.Property(e => e.RecordedBy).HasMaxLength(ScrutinyLimits.Person).IsRequired();
    }
}

internal sealed class ScrutinyRecommendationConfiguration : IEntityTypeConfiguration<ScrutinyRecommendation>
{
    public void Configure(EntityTypeBuilder<ScrutinyRecommendation> builder)
    {
        builder.ToTable("ScrutinyRecommendations");
        builder.Property(r => r.Text).HasMaxLength(ScrutinyLimits.Recommendation).IsRequired();
        builder.Property(r => r.To).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Response).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.ResponseText).HasMaxLength(ScrutinyLimits.Response);
        builder.Property(r => r.RespondedBy).HasMaxLength(ScrutinyLimits.Person * 2);
        builder.HasIndex(r => new { r.RespondedOn, r.DueOn });
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Progress).WithOne().HasForeignKey(p => p.ScrutinyRecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Progress).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ScrutinyProgressConfiguration : IEntityTypeConfiguration<ScrutinyProgress>
{
    public void Configure(EntityTypeBuilder<ScrutinyProgress> builder)
    {
        builder.ToTable("ScrutinyProgress");
        builder.Property(p => p.Text).HasMaxLength(ScrutinyLimits.Progress).IsRequired();
        builder.Property(p => p.By).HasMaxLength(ScrutinyLimits.Person).IsRequired();
    }
}
