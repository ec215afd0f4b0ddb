using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(Limits.DepartmentCode).IsRequired();
        builder.Property(d => d.Name).HasMaxLength(Limits.DepartmentName).IsRequired();
        builder.Property(d => d.Source).HasMaxLength(ReferenceSources.MaxLength);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasIndex(d => d.Name).IsUnique();
    }
}

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> builder)
    {
        builder.HasIndex(p => new { p.FinancialYear, p.Quarter }).IsUnique();
        builder.Ignore(p => p.Name);
        builder.Ignore(p => p.Months);
        builder.Ignore(p => p.FinancialYearLabel);
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(Limits.PersonName).IsRequired();
        builder.HasOne(u => u.Department).WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PortfolioDepartmentConfiguration : IEntityTypeConfiguration<PortfolioDepartment>
{
    public void Configure(EntityTypeBuilder<PortfolioDepartment> builder)
    {
        builder.HasKey(p => new { p.UserId, p.DepartmentId });
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GroupMappingConfiguration : IEntityTypeConfiguration<GroupMapping>
{
    public void Configure(EntityTypeBuilder<GroupMapping> builder)
    {
        builder.Property(m => m.GroupValue).HasMaxLength(GroupMapping.GroupValueMaximum).IsRequired();
        builder.Property(m => m.Role).HasMaxLength(64).IsRequired();
        builder.HasIndex(m => new { m.GroupValue, m.Role }).IsUnique();
        builder.HasOne<Department>().WithMany().HasForeignKey(m => m.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CouncilSignInRefusalConfiguration : IEntityTypeConfiguration<CouncilSignInRefusal>
{
    public void Configure(EntityTypeBuilder<CouncilSignInRefusal> builder)
    {
        builder.Property(r => r.Subject).HasMaxLength(CouncilSignInRefusal.SubjectMaximum);
        builder.Property(r => r.Name).HasMaxLength(CouncilSignInRefusal.SubjectMaximum);
        builder.Property(r => r.Reason).HasMaxLength(CouncilSignInRefusal.ReasonMaximum).IsRequired();
        builder.HasIndex(r => r.OccurredUtc);
    }
}
