using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class PlanTermConfiguration : IEntityTypeConfiguration<PlanTerm>
{
    public void Configure(EntityTypeBuilder<PlanTerm> builder)
    {
        builder.ToTable("PlanTerms");
        builder.Property(t => t.Status).HasConversion<int>();
        builder.Ignore(t => t.Title);
        builder.Ignore(t => t.InOperationNow);
        builder.Ignore(t => t.HoldsItsYears);
        builder.HasIndex(t => t.StartYear);
        builder.HasOne<PlanTerm>().WithMany().HasForeignKey(t => t.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Steps).WithOne().HasForeignKey(s => s.PlanTermId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.Comments).WithOne().HasForeignKey(c => c.PlanTermId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Comments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.Reviews).WithOne().HasForeignKey(r => r.PlanTermId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Reviews).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.Proposals).WithOne().HasForeignKey(p => p.PlanTermId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Proposals).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany<CorporateImprovementPlan>().WithOne(p => p.Term).HasForeignKey(p => p.PlanTermId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanStepConfiguration : IEntityTypeConfiguration<PlanStep>
{
    public void Configure(EntityTypeBuilder<PlanStep> builder)
    {
        builder.ToTable("PlanSteps");
        builder.Property(s => s.Reached).HasConversion<int>();
        builder.Property(s => s.Notes).HasMaxLength(PlanLifeLimits.Notes).IsRequired();
        builder.Property(s => s.FurtherAreas).HasMaxLength(PlanLifeLimits.Notes);
        builder.Property(s => s.RecordedBy).HasMaxLength(Limits.UserName * 2).IsRequired();
    }
}

internal sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> builder)
    {
        builder.ToTable("PlanComments");
        builder.Property(c => c.Text).HasMaxLength(PlanLifeLimits.Comment).IsRequired();
        builder.Property(c => c.By).HasMaxLength(Limits.UserName * 2).IsRequired();
    }
}

internal sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public void Configure(EntityTypeBuilder<PlanReview> builder)
    {
        builder.ToTable("PlanReviews");
        builder.Property(r => r.Kind).HasConversion<int>();
        builder.HasIndex(r => new { r.PlanTermId, r.Kind }).IsUnique();
        builder.Property(r => r.Summary).HasMaxLength(PlanLifeLimits.Notes).IsRequired();
        builder.Property(r => r.RecordedBy).HasMaxLength(Limits.UserName * 2).IsRequired();
        builder.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.PlanReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanReviewDecisionConfiguration : IEntityTypeConfiguration<PlanReviewDecision>
{
    public void Configure(EntityTypeBuilder<PlanReviewDecision> builder)
    {
        builder.ToTable("PlanReviewDecisions");
        builder.Property(d => d.Outcome).HasConversion<int>();
        builder.Property(d => d.AreaName).HasMaxLength(PlanLimits.ShortName).IsRequired();
        builder.Property(d => d.Note).HasMaxLength(PlanLifeLimits.ReviewNote);
    }
}

internal sealed class AreaChangeProposalConfiguration : IEntityTypeConfiguration<AreaChangeProposal>
{
    public void Configure(EntityTypeBuilder<AreaChangeProposal> builder)
    {
        builder.ToTable("PlanAreaChangeProposals");
        builder.Property(p => p.Kind).HasConversion<int>();
        builder.Property(p => p.Status).HasConversion<int>();
        builder.Ignore(p => p.Summary);
        builder.Property(p => p.CurrentName).HasMaxLength(PlanLimits.ShortName);
        builder.Property(p => p.ShortName).HasMaxLength(PlanLimits.ShortName);
        builder.Property(p => p.Description).HasMaxLength(PlanLimits.Description);
        builder.Property(p => p.Reason).HasMaxLength(PlanLimits.Reason).IsRequired();
        builder.Property(p => p.ProposedBy).HasMaxLength(Limits.UserName * 2).IsRequired();
        builder.Property(p => p.DecisionNote).HasMaxLength(PlanLimits.Reason);
        builder.Property(p => p.DecidedBy).HasMaxLength(Limits.UserName * 2);
        builder.Property(p => p.OriginKind).HasConversion<int?>();
        builder.Property(p => p.OriginTitle).HasMaxLength(AreaLinkLimits.SourceTitle);
        builder.Property(p => p.OriginReason).HasMaxLength(AreaLinkLimits.Reason);
    }
}
