using HccPerformance.Core.Common;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Title).HasMaxLength(300).IsRequired();
        builder.Property(i => i.Theme).HasMaxLength(100);
        builder.Property(i => i.Unit).HasMaxLength(50);
        builder.Property(i => i.Polarity).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ReferenceSource).HasMaxLength(ReferenceSources.MaxLength);
        builder.Property(i => i.PolaritySource).HasMaxLength(ReferenceSources.MaxLength);
        builder.Property(i => i.ServiceManagerId).HasMaxLength(450);
        builder.Property(i => i.DefinitionNotes).HasMaxLength(2000);
        builder.Property(i => i.AmberTolerancePercent).HasPrecision(5, 2);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.ServiceManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.ToTable("IndicatorTargets");
        builder.HasKey(t => new { t.IndicatorId, t.FinancialYear });
        builder.Property(t => t.Value).HasPrecision(18, 4);
    }
}

internal sealed class IndicatorResultConfiguration : IEntityTypeConfiguration<IndicatorResult>
{
    public void Configure(EntityTypeBuilder<IndicatorResult> builder)
    {
        builder.HasIndex(r => new { r.IndicatorId, r.PeriodStart }).IsUnique();
        builder.HasIndex(r => r.PeriodEnd);
        builder.Property(r => r.Value).HasPrecision(18, 4);
        builder.Property(r => r.Note).HasMaxLength(IndicatorLimits.Note);
        builder.Property(r => r.Quality).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.IndicatorResultId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ResultRevisionConfiguration : IEntityTypeConfiguration<ResultRevision>
{
    public void Configure(EntityTypeBuilder<ResultRevision> builder)
    {
        builder.ToTable("ResultRevisions");
        builder.Property(r => r.Value).HasPrecision(18, 4);
        builder.Property(r => r.Note).HasMaxLength(IndicatorLimits.Note);
        builder.Property(r => r.Quality).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.ReplacedBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(ScorecardLimits.Name).IsRequired();
        // Unique among scorecards in use only (a retired one's name is free again), case-insensitively: the service checks it.
        builder.HasIndex(s => s.Name);
        builder.Property(s => s.Description).HasMaxLength(ScorecardLimits.Description);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30).HasDefaultValue(ScorecardKind.Other);
        builder.Property(s => s.Weight).HasPrecision(9, 2);
        builder.Property(s => s.DefaultTolerancePercent).HasPrecision(5, 2);
        builder.HasMany(s => s.Members).WithOne().HasForeignKey(m => m.ScorecardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ScorecardMemberConfiguration : IEntityTypeConfiguration<ScorecardMember>
{
    public void Configure(EntityTypeBuilder<ScorecardMember> builder)
    {
        builder.ToTable("ScorecardMembers");
        builder.HasKey(m => new { m.ScorecardId, m.IndicatorId });
        builder.Property(m => m.Weight).HasPrecision(9, 2);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}
