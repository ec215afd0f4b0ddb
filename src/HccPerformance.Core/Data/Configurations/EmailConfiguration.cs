using HccPerformance.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.UserId).HasMaxLength(450).IsRequired();
        builder.Property(m => m.ToAddress).HasMaxLength(OutboxMessage.AddressLength).IsRequired();
        builder.Property(m => m.ToName).HasMaxLength(OutboxMessage.NameLength).IsRequired();
        builder.Property(m => m.Text).HasMaxLength(OutboxMessage.TextLength).IsRequired();
        builder.Property(m => m.Link).HasMaxLength(OutboxMessage.LinkLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorLength);
        // An outcome is saved only on the claim it was sent under: a lapsed claim taken over by another instance is not overwritten.
        builder.Property(m => m.ClaimToken).IsConcurrencyToken();
        // The dispatcher's question every round: what is waiting and due.
        builder.HasIndex(m => new { m.Status, m.DueUtc });
        builder.HasIndex(m => m.ClaimToken);
    }
}

internal sealed class EmailPreferenceConfiguration : IEntityTypeConfiguration<EmailPreference>
{
    public void Configure(EntityTypeBuilder<EmailPreference> builder)
    {
        builder.Property(p => p.UserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(p => p.UserId).IsUnique();
    }
}
