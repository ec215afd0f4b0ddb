using HccPerformance.Core.Organisation;
using HccPerformance.Core.Questions;
using HccPerformance.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HccPerformance.Core.Data.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("Questions");
        builder.Property(q => q.Text).HasMaxLength(QuestionLimits.Text).IsRequired();
        builder.Property(q => q.Answer).HasMaxLength(QuestionLimits.Answer);
        builder.Property(q => q.SectionTitle).HasMaxLength(QuestionLimits.SectionTitle).IsRequired();
        builder.Property(q => q.AskedById).HasMaxLength(450).IsRequired();
        builder.Property(q => q.AskedByName).HasMaxLength(QuestionLimits.Name).IsRequired();
        builder.Property(q => q.AnsweredById).HasMaxLength(450);
        builder.Property(q => q.AnsweredByName).HasMaxLength(QuestionLimits.Name);
        builder.Ignore(q => q.IsAnswered);
        builder.HasOne<IssuedReport>().WithMany().HasForeignKey(q => q.IssuedReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(q => q.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(q => q.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        // The report's sections, a self-assessment's questions, and what waits for each department's answer.
        builder.HasIndex(q => new { q.IssuedReportId, q.SectionIndex });
        builder.HasIndex(q => new { q.DepartmentId, q.ReportingPeriodId });
        builder.HasIndex(q => new { q.AnsweredUtc, q.DepartmentId });
        builder.HasIndex(q => q.AskedById);
    }
}
