using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class MenuItemConfiguration : IEntityTypeConfiguration<MenuItem>
{
    public void Configure(EntityTypeBuilder<MenuItem> builder)
    {
        builder.ToTable("MenuOfInterventions");
        builder.HasIndex(m => m.Number).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(100).IsRequired();
        builder.Property(m => m.Description).HasMaxLength(500).IsRequired();
        builder.Property(m => m.RetiredReason).HasMaxLength(500);
        builder.Property(m => m.Source).HasMaxLength(ReferenceSources.MaxLength);
        builder.Property(m => m.EscalatesTo).HasConversion<string>().HasMaxLength(40);
        builder.Ignore(m => m.IsRetired);
    }
}

internal sealed class AreaOfConcernConfiguration : IEntityTypeConfiguration<AreaOfConcern>
{
    public void Configure(EntityTypeBuilder<AreaOfConcern> builder)
    {
        builder.ToTable("AreasOfConcern");
        builder.Property(c => c.Title).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Evidence).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.RaisedBy).HasMaxLength(256).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.LocalImportanceReason).HasMaxLength(2000);
        builder.Property(c => c.Outcome).HasMaxLength(2000);
        builder.Property(c => c.OutcomeKind).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(c => c.IsOpen);
        builder.HasIndex(c => new { c.Source, c.SourceId });
        builder.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Interventions).WithOne().HasForeignKey(i => i.AreaOfConcernId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Interventions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Escalations).WithOne().HasForeignKey(e => e.AreaOfConcernId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Escalations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.ToTable("Interventions");
        builder.Property(i => i.Name).HasMaxLength(100).IsRequired();
        builder.Property(i => i.ResponsibleUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<MenuItem>().WithMany().HasForeignKey(i => i.MenuItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.ResponsibleUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(i => i.IsEnded);
        builder.Ignore(i => i.Owed);
        builder.Ignore(i => i.AwaitingReview);
        builder.HasMany(i => i.ReportBacks).WithOne().HasForeignKey(r => r.InterventionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.ReportBacks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReportBackConfiguration : IEntityTypeConfiguration<ReportBack>
{
    public void Configure(EntityTypeBuilder<ReportBack> builder)
    {
        builder.ToTable("ReportBacks");
        builder.Property(r => r.Progress).HasMaxLength(4000);
        builder.Property(r => r.Evidence).HasMaxLength(4000);
        builder.Property(r => r.Rag).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Review).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ReviewNote).HasMaxLength(2000);
        builder.HasIndex(r => new { r.SubmittedOn, r.DueOn });
    }
}

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.ToTable("Escalations");
        builder.Property(e => e.Body).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Reason).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.RaisedBy).HasMaxLength(256);
        builder.Ignore(e => e.IsAnswered);
        builder.HasIndex(e => e.Body);
        builder.HasOne(e => e.Response).WithOne().HasForeignKey<EscalationResponse>(r => r.EscalationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Response).UsePropertyAccessMode(PropertyAccessMode.Property);
    }
}

internal sealed class EscalationResponseConfiguration : IEntityTypeConfiguration<EscalationResponse>
{
    public void Configure(EntityTypeBuilder<EscalationResponse> builder)
    {
        builder.ToTable("EscalationResponses");

        // One response per escalation: the second of two at once fails here and is shown the first.
        builder.HasIndex(r => r.EscalationId).IsUnique();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Text).HasMaxLength(ConcernLimits.Response).IsRequired();
        builder.Property(r => r.RespondedBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class CpegMeetingConfiguration : IEntityTypeConfiguration<CpegMeeting>
{
    public void Configure(EntityTypeBuilder<CpegMeeting> builder)
    {
        builder.ToTable("CpegMeetings");
        builder.Property(m => m.Notes).HasMaxLength(4000);
        builder.HasIndex(m => m.MeetsOn);
        builder.Property(m => m.MinutesConfirmedBy).HasMaxLength(256);
        builder.Ignore(m => m.MinutesConfirmed);
        builder.HasMany(m => m.Decisions).WithOne().HasForeignKey(d => d.CpegMeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MeetingDecisionConfiguration : IEntityTypeConfiguration<MeetingDecision>
{
    public void Configure(EntityTypeBuilder<MeetingDecision> builder)
    {
        builder.ToTable("MeetingDecisions");
        builder.Property(d => d.Summary).HasMaxLength(2000).IsRequired();
        builder.Property(d => d.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(d => d.AreaOfConcernId);
        builder.HasOne<AreaOfConcern>().WithMany().HasForeignKey(d => d.AreaOfConcernId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UrgentDecisionConfiguration : IEntityTypeConfiguration<UrgentDecision>
{
    public void Configure(EntityTypeBuilder<UrgentDecision> builder)
    {
        builder.ToTable("UrgentDecisions");
        builder.Property(u => u.Summary).HasMaxLength(CpegLimits.DecisionSummary).IsRequired();
        builder.Property(u => u.DecidedBy).HasMaxLength(256).IsRequired();
        builder.Property(u => u.SettlementNote).HasMaxLength(CpegLimits.RatificationNote);
        builder.Ignore(u => u.AwaitsRatification);
        builder.HasIndex(u => u.Ratified);
        builder.HasOne<AreaOfConcern>().WithMany().HasForeignKey(u => u.AreaOfConcernId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CpegMeeting>().WithMany().HasForeignKey(u => u.SettledAtMeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}
