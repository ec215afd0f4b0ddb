using HccPerformance.Core.Inspections;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class ExpectedInspectionConfiguration : IEntityTypeConfiguration<ExpectedInspection>
{
    public void Configure(EntityTypeBuilder<ExpectedInspection> builder)
    {
        builder.Property(e => e.Inspectorate).HasMaxLength(InspectionLimits.Body).IsRequired();
        builder.Property(e => e.Service).HasMaxLength(InspectionLimits.Service).IsRequired();
        builder.Property(e => e.Scope).HasMaxLength(InspectionLimits.Scope).IsRequired();
        builder.HasIndex(e => e.ExpectedMonth);
        builder.HasOne(e => e.HappenedAs).WithMany().HasForeignKey(e => e.InspectionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Department>().WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
