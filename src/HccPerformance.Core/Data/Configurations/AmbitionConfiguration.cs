using HccPerformance.Core.Ambition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class AmbitionConfiguration : IEntityTypeConfiguration<Ambition.Ambition>
{
    public void Configure(EntityTypeBuilder<Ambition.Ambition> builder)
    {
        builder.Property(a => a.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Quartile).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Position).HasMaxLength(AmbitionLimits.Position).IsRequired();
        builder.Property(a => a.Figure).HasPrecision(18, 4);
        builder.Property(a => a.SetById).HasMaxLength(450).IsRequired();
        builder.Property(a => a.SetByName).HasMaxLength(AmbitionLimits.Name).IsRequired();
        builder.HasIndex(a => new { a.Subject, a.SubjectId, a.SetUtc });
        builder.HasIndex(a => a.SetById);
    }
}

internal sealed class AmbitionRequestConfiguration : IEntityTypeConfiguration<AmbitionRequest>
{
    public void Configure(EntityTypeBuilder<AmbitionRequest> builder)
    {
        builder.Property(r => r.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Text).HasMaxLength(AmbitionLimits.Request).IsRequired();
        builder.Property(r => r.RecordedById).HasMaxLength(450).IsRequired();
        builder.Property(r => r.RecordedByName).HasMaxLength(AmbitionLimits.Name).IsRequired();
        builder.HasIndex(r => new { r.Subject, r.SubjectId, r.RecordedUtc });
    }
}
