using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class CorporateImprovementPlanConfiguration : IEntityTypeConfiguration<CorporateImprovementPlan>
{
    public void Configure(EntityTypeBuilder<CorporateImprovementPlan> builder)
    {
        builder.ToTable("ImprovementPlans");
        builder.HasIndex(p => new { p.StartYear, p.FocusYear }).IsUnique();
        builder.Ignore(p => p.Title);
        builder.Ignore(p => p.FocusLabel);
        builder.Property(p => p.Source).HasMaxLength(ReferenceSources.MaxLength);
        builder.HasMany(p => p.Themes).WithOne().HasForeignKey(t => t.CorporateImprovementPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Themes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Areas).WithOne(a => a.Plan).HasForeignKey(a => a.CorporateImprovementPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanThemeConfiguration : IEntityTypeConfiguration<PlanTheme>
{
    public void Configure(EntityTypeBuilder<PlanTheme> builder)
    {
        builder.ToTable("PlanThemes");
        builder.Property(t => t.Name).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Subtitle).HasMaxLength(200);
        builder.HasIndex(t => new { t.CorporateImprovementPlanId, t.Number }).IsUnique();
    }
}

internal sealed class PriorityAreaConfiguration : IEntityTypeConfiguration<PriorityArea>
{
    public void Configure(EntityTypeBuilder<PriorityArea> builder)
    {
        builder.Property(a => a.ShortName).HasMaxLength(PlanLimits.ShortName).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(PlanLimits.Description).IsRequired();
        builder.Property(a => a.ChangeNote).HasMaxLength(PlanLimits.Reason);
        builder.Property(a => a.RetiredReason).HasMaxLength(PlanLimits.Reason);
        builder.Property(a => a.Tags).HasConversion<int>();
        builder.HasIndex(a => a.Lineage);
        builder.HasOne<Department>().WithMany().HasForeignKey(a => a.AccountableDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Targets).WithOne().HasForeignKey(t => t.PriorityAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Milestones).WithOne().HasForeignKey(m => m.PriorityAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Progress).WithOne().HasForeignKey(p => p.PriorityAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Progress).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.InvolvedDepartments).WithOne().HasForeignKey(d => d.PriorityAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.InvolvedDepartments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AreaDepartmentConfiguration : IEntityTypeConfiguration<AreaDepartment>
{
    public void Configure(EntityTypeBuilder<AreaDepartment> builder)
    {
        builder.ToTable("PriorityAreaDepartments");
        builder.HasKey(d => new { d.PriorityAreaId, d.DepartmentId });
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.ToTable("PlanTargets");
        builder.Property(t => t.Measure).HasMaxLength(PlanLimits.ShortText).IsRequired();
        builder.Property(t => t.Unit).HasMaxLength(50);
        builder.Property(t => t.Baseline).HasPrecision(18, 4);
        builder.Property(t => t.TargetValue).HasPrecision(18, 4);
        builder.Property(t => t.LatestValue).HasPrecision(18, 4);
        builder.Ignore(t => t.IsAchieved);
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.ToTable("PlanMilestones");
        builder.Property(m => m.Title).HasMaxLength(PlanLimits.ShortText).IsRequired();
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.ToTable("PlanProgressUpdates");
        builder.Property(p => p.Rag).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Commentary).HasMaxLength(PlanLimits.Commentary);
        builder.Property(p => p.RecordedBy).HasMaxLength(Limits.UserName * 2).IsRequired();
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(p => p.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
