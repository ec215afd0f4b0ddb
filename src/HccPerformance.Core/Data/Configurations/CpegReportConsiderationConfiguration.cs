using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class CpegReportConsiderationConfiguration : IEntityTypeConfiguration<CpegReportConsideration>
{
    public void Configure(EntityTypeBuilder<CpegReportConsideration> builder)
    {
        builder.ToTable("CpegReportConsiderations");
        // CMT considers a report once, even if two people record it at the same moment.
        builder.HasIndex(c => new { c.IssuedCpegReportId, c.Body }).IsUnique();
        builder.Property(c => c.Decisions).HasMaxLength(JourneyLimits.Decisions).IsRequired();
        builder.Property(c => c.Notes).HasMaxLength(JourneyLimits.Notes);
        builder.Property(c => c.RecordedBy).HasMaxLength(JourneyLimits.RecordedBy).IsRequired();
    }
}
