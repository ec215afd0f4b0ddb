using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class IssuedCpegReportConfiguration : IEntityTypeConfiguration<IssuedCpegReport>
{
    public void Configure(EntityTypeBuilder<IssuedCpegReport> builder)
    {
        builder.ToTable("IssuedCpegReports");
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.IssuedBy).HasMaxLength(CpegReportLimits.IssuedBy).IsRequired();
        builder.Property(r => r.ExceptionReason).HasMaxLength(CpegReportLimits.ExceptionReason);
        builder.Property(r => r.ContentJson).IsRequired();
        builder.HasMany(r => r.Considerations).WithOne().HasForeignKey(c => c.IssuedCpegReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Considerations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
