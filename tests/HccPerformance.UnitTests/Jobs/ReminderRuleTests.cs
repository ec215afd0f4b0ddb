using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.UnitTests.Jobs;

/// <summary>When each reminder is due and to whom (issue 19), as pure rules.</summary>
public sealed class ReminderRuleTests
{
    private static readonly DateOnly Deadline = new(2027, 1, 31);

    [Theory]
    [InlineData(8, null)]
    [InlineData(7, DeadlineReminders.WeekBefore)]
    [InlineData(2, DeadlineReminders.WeekBefore)]
    [InlineData(1, DeadlineReminders.DayBefore)]
    [InlineData(0, DeadlineReminders.DayBefore)]
    [InlineData(-1, null)]
    public void The_deadline_reminder_goes_a_week_before_and_a_day_before_and_never_after(int daysBefore, string? occasion) =>
        Assert.Equal(occasion, DeadlineReminders.OccasionOn(Deadline, Deadline.AddDays(-daysBefore)));

    [Fact]
    public void The_Chief_Officer_is_reminded_until_it_is_sent_and_the_Executive_Member_while_it_waits_for_them()
    {
        Assert.Equal(Roles.ChiefOfficer, DeadlineReminders.HolderRole(null));
        Assert.Equal(Roles.ChiefOfficer, DeadlineReminders.HolderRole(AssessmentStatus.Draft));
        Assert.Equal(Roles.ChiefOfficer, DeadlineReminders.HolderRole(AssessmentStatus.Returned));
        Assert.Equal(Roles.ExecutiveMember, DeadlineReminders.HolderRole(AssessmentStatus.WithExecutiveMember));
        Assert.Null(DeadlineReminders.HolderRole(AssessmentStatus.Submitted));
        Assert.Null(DeadlineReminders.HolderRole(AssessmentStatus.Resubmitted));
        Assert.Null(DeadlineReminders.HolderRole(AssessmentStatus.Accepted));
    }

    [Fact]
    public void The_deadline_reminder_says_the_date_and_how_long_is_left_in_words()
    {
        Assert.Equal("The Adult Services self-assessment for Quarter 3 2026/27 has not been sent: it is due on 31 Jan 2027, in 7 days.",
            DeadlineReminders.Text(Roles.ChiefOfficer, "Adult Services", "Quarter 3 2026/27", Deadline, Deadline.AddDays(-7)));
        Assert.Equal("The Adult Services self-assessment for Quarter 3 2026/27 is with you to confirm: it is due on 31 Jan 2027, tomorrow.",
            DeadlineReminders.Text(Roles.ExecutiveMember, "Adult Services", "Quarter 3 2026/27", Deadline, Deadline.AddDays(-1)));
    }

    [Fact]
    public void CPEGs_report_is_reminded_when_due_and_again_when_overdue_never_before()
    {
        var last = new DateOnly(2026, 6, 30);
        Assert.Null(CpegReportReminders.Occasion(CpegReportSchedule.Due(last, new DateOnly(2026, 11, 29))));
        var due = CpegReportSchedule.Due(last, new DateOnly(2026, 12, 1));
        Assert.Equal("due", CpegReportReminders.Occasion(due));
        Assert.Equal("CPEG's twice-yearly report to CMT is due on 30 Dec 2026.", CpegReportReminders.Text(due));
        var overdue = CpegReportSchedule.Due(last, new DateOnly(2027, 1, 2));
        Assert.Equal("overdue", CpegReportReminders.Occasion(overdue));
        Assert.Equal("CPEG's twice-yearly report to CMT is overdue: it was due on 30 Dec 2026.", CpegReportReminders.Text(overdue));
        Assert.Equal("overdue", CpegReportReminders.Occasion(CpegReportSchedule.Due(null, new DateOnly(2026, 12, 1))));
    }
}
