using HccPerformance.Core.Common;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> builder)
    {
        builder.HasIndex(a => new { a.DepartmentId, a.ReportingPeriodId }).IsUnique();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.OverallStatement).HasMaxLength(Limits.AssessmentSectionText);
        builder.Property(a => a.TradeOffs).HasMaxLength(Limits.AssessmentSectionText);
        builder.Property(a => a.ExecutiveMemberComment).HasMaxLength(Limits.ReviewComment);
        builder.Property(a => a.Challenge).HasMaxLength(Limits.ReviewComment);
        builder.Property(a => a.ConfirmedBy).HasMaxLength(Limits.UserName * 2);
        builder.HasOne(a => a.Department).WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.ReportingPeriod).WithMany().HasForeignKey(a => a.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.SelfAssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.SelfAssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.Content);
        builder.Ignore(a => a.IsEditable);
    }
}

internal sealed class AssessmentItemConfiguration : IEntityTypeConfiguration<AssessmentItem>
{
    public void Configure(EntityTypeBuilder<AssessmentItem> builder)
    {
        builder.ToTable("AssessmentItems");
        builder.Property(i => i.Section).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Text).HasMaxLength(Limits.AssessmentItemText).IsRequired();
        builder.HasMany(i => i.Links).WithOne().HasForeignKey("AssessmentItemId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Links).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ItemLinkConfiguration : IEntityTypeConfiguration<ItemLink>
{
    public void Configure(EntityTypeBuilder<ItemLink> builder)
    {
        builder.ToTable("AssessmentItemLinks");
        builder.Property(l => l.TargetType).HasMaxLength(30).IsRequired();
        builder.HasIndex(l => new { l.TargetType, l.TargetId });
    }
}

internal sealed class AssessmentVersionConfiguration : IEntityTypeConfiguration<AssessmentVersion>
{
    public void Configure(EntityTypeBuilder<AssessmentVersion> builder)
    {
        builder.ToTable("AssessmentVersions");
        builder.HasIndex(v => new { v.SelfAssessmentId, v.Number }).IsUnique();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.RecordedBy).HasMaxLength(Limits.UserName * 2).IsRequired();
        builder.Ignore(v => v.Content);
    }
}
