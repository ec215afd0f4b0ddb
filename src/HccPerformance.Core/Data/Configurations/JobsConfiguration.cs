using HccPerformance.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(JobLimits.Name);
        builder.Property(l => l.HolderId).HasMaxLength(JobLimits.HolderId);
        builder.Property(l => l.LastFailure).HasMaxLength(JobLimits.Failure);
    }
}

internal sealed class ReminderSentConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> builder)
    {
        builder.ToTable("RemindersSent");
        builder.Property(r => r.Kind).HasMaxLength(JobLimits.ReminderKind).IsRequired();
        builder.Property(r => r.Subject).HasMaxLength(JobLimits.ReminderSubject).IsRequired();
        builder.Property(r => r.UserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.Occasion).HasMaxLength(JobLimits.ReminderOccasion).IsRequired();
        // The promise itself: a reminder is sent once, so a second row for the same key cannot be written.
        builder.HasIndex(r => new { r.Kind, r.Subject, r.UserId, r.Occasion }).IsUnique();
    }
}
