using HccPerformance.Core.Inspections;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class IntelligenceRecordConfiguration : IEntityTypeConfiguration<IntelligenceRecord>
{
    public void Configure(EntityTypeBuilder<IntelligenceRecord> builder)
    {
        builder.Property(r => r.Source).HasMaxLength(InspectionLimits.Source).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(InspectionLimits.Summary).IsRequired();
        builder.Property(r => r.DocumentReference).HasMaxLength(InspectionLimits.DocumentReference);
        builder.HasIndex(r => r.ReceivedOn);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
