using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

// An area's origin, impact assessment and service plan links hang on its lineage (the same area in every plan year), not
// on one year's row, so a refresh or a successor plan keeps them without copying.

internal sealed class AreaOriginConfiguration : IEntityTypeConfiguration<AreaOrigin>
{
    public void Configure(EntityTypeBuilder<AreaOrigin> builder)
    {
        builder.ToTable("PriorityAreaOrigins");
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.SourceTitle).HasMaxLength(AreaLinkLimits.SourceTitle).IsRequired();
        builder.Property(o => o.Reason).HasMaxLength(AreaLinkLimits.Reason);
        builder.Property(o => o.RecordedBy).HasMaxLength(Limits.UserName * 2).IsRequired();
        builder.HasIndex(o => o.AreaLineage);
        builder.HasIndex(o => new { o.Kind, o.SourceId });
    }
}

internal sealed class ImpactAssessmentConfiguration : IEntityTypeConfiguration<ImpactAssessment>
{
    public void Configure(EntityTypeBuilder<ImpactAssessment> builder)
    {
        builder.ToTable("PriorityAreaImpactAssessments");
        builder.Property(i => i.ExpectedImpact).HasMaxLength(AreaLinkLimits.Assessment).IsRequired();
        builder.Property(i => i.OnWhom).HasMaxLength(AreaLinkLimits.Assessment).IsRequired();
        builder.Property(i => i.EqualityConsiderations).HasMaxLength(AreaLinkLimits.Assessment).IsRequired();
        builder.Property(i => i.HowMeasured).HasMaxLength(AreaLinkLimits.Assessment).IsRequired();
        builder.HasIndex(i => i.AreaLineage).IsUnique();
    }
}

internal sealed class ServicePlanLinkConfiguration : IEntityTypeConfiguration<ServicePlanLink>
{
    public void Configure(EntityTypeBuilder<ServicePlanLink> builder)
    {
        builder.ToTable("ServicePlanLinks");
        builder.Property(l => l.Name).HasMaxLength(AreaLinkLimits.ServicePlanName).IsRequired();
        builder.Property(l => l.Reference).HasMaxLength(AreaLinkLimits.ServicePlanReference).IsRequired();
        builder.Property(l => l.AddedBy).HasMaxLength(Limits.UserName * 2).IsRequired();
        builder.Ignore(l => l.Url);
        builder.HasIndex(l => new { l.AreaLineage, l.DepartmentId, l.Name }).IsUnique();
        builder.HasIndex(l => l.DepartmentId);
        builder.HasOne<Department>().WithMany().HasForeignKey(l => l.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
