using HccPerformance.Core.Common;
using HccPerformance.Core.Reports;

namespace HccPerformance.UnitTests.Reports;

/// <summary>
/// The corporate report's journey (seed 3.4, 4.20): CMT, then the Performance Executive Member, then Cabinet, each once, on
/// a date after the last step and not after today. Every step out of order is refused in words and nothing is appended.
/// </summary>
public sealed class ReportJourneyTests
{
    private static readonly DateTime Issued = new(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Now = new(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);

    private static IssuedReport Report() => new(1, "Quarter 2 2026/27", 1, Issued, "Head of Improvement", "{}", [1], 0);

    private static void Record(IssuedReport report, Body body, int day) =>
        report.Record(body, new DateOnly(2026, 11, day), "Decided", null, "Someone", Now);

    [Fact]
    public void A_new_version_waits_for_CMT_then_the_Performance_Executive_Member_then_Cabinet()
    {
        var report = Report();
        Assert.Equal(Body.Cmt, report.WaitingFor);
        Record(report, Body.Cmt, 10);
        Assert.Equal(Body.PerformanceExecutiveMember, report.WaitingFor);
        Record(report, Body.PerformanceExecutiveMember, 12);
        Assert.Equal(Body.Cabinet, report.WaitingFor);
        Record(report, Body.Cabinet, 20);
        Assert.Null(report.WaitingFor);
        Assert.Equal([Body.Cmt, Body.PerformanceExecutiveMember, Body.Cabinet], report.Considerations.Select(c => c.Body));
    }

    [Theory]
    [InlineData(Body.Cabinet, "CMT considers version 1 of the report for Quarter 2 2026/27 before Cabinet: record CMT's consideration first. Nothing was recorded.")]
    [InlineData(Body.PerformanceExecutiveMember, "CMT considers version 1 of the report for Quarter 2 2026/27 before the Executive Member for Efficiency, Performance and Rural Policy: record CMT's consideration first. Nothing was recorded.")]
    public void Recording_a_later_body_before_CMT_is_refused_in_words_and_nothing_is_added(Body body, string message)
    {
        var report = Report();
        var error = Assert.Throws<DomainException>(() => Record(report, body, 10));
        Assert.Equal(message, error.Message);
        Assert.Empty(report.Considerations);
    }

    [Fact]
    public void Cabinet_before_the_Performance_Executive_Member_is_refused()
    {
        var report = Report();
        Record(report, Body.Cmt, 10);
        var error = Assert.Throws<DomainException>(() => Record(report, Body.Cabinet, 12));
        Assert.StartsWith("The Executive Member for Efficiency, Performance and Rural Policy considers version 1", error.Message, StringComparison.Ordinal);
        Assert.Single(report.Considerations);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_second_consideration_by_a_body_that_has_considered_it_is_refused(int stepsDone)
    {
        var report = Report();
        var steps = IssuedReport.Steps.Take(stepsDone).ToList();
        foreach (var body in steps)
        {
            Record(report, body, 10);
        }

        var error = Assert.Throws<DomainException>(() => Record(report, steps[^1], 11));
        Assert.Contains("has already considered version 1 of the report for Quarter 2 2026/27 (on 10 Nov 2026)", error.Message, StringComparison.Ordinal);
        Assert.Equal(stepsDone, report.Considerations.Count);
    }

    [Fact]
    public void A_second_CMT_consideration_is_refused_in_words()
    {
        var report = Report();
        Record(report, Body.Cmt, 10);
        var error = Assert.Throws<DomainException>(() => Record(report, Body.Cmt, 11));
        Assert.Equal("CMT has already considered version 1 of the report for Quarter 2 2026/27 (on 10 Nov 2026). A body considers a version once: nothing was recorded.", error.Message);
    }

    [Fact]
    public void A_body_that_is_not_a_step_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Record(Report(), Body.OverviewAndScrutiny, 10));
        Assert.Equal("Body", error.Field);
    }

    [Fact]
    public void The_date_must_not_be_before_the_issue_or_the_last_step_nor_after_today()
    {
        var report = Report();
        var beforeIssue = Assert.Throws<DomainException>(() => Record(report, Body.Cmt, 1));
        Assert.Equal(("MetOn", "The date cannot be before version 1 of the report for Quarter 2 2026/27 was issued (2 Nov 2026)"), (beforeIssue.Field, beforeIssue.Message));
        var future = Assert.Throws<DomainException>(() => report.Record(Body.Cmt, new DateOnly(2026, 12, 7), "Decided", null, "Someone", Now));
        Assert.Equal("MetOn", future.Field);
        Record(report, Body.Cmt, 10);
        var beforeCmt = Assert.Throws<DomainException>(() => Record(report, Body.PerformanceExecutiveMember, 9));
        Assert.Equal("The date cannot be before CMT's consideration (10 Nov 2026)", beforeCmt.Message);
        Assert.Single(report.Considerations);
    }

    [Fact]
    public void Members_of_the_body_record_its_step_and_the_Head_of_Improvement_CMTs_and_Cabinets()
    {
        static Func<string, bool> As(string role) => r => r == role;
        Assert.True(Journey.MayRecord(As(Roles.ChiefOfficer), Body.Cmt));
        Assert.True(Journey.MayRecord(As(Roles.ChiefExecutive), Body.Cmt));
        Assert.True(Journey.MayRecord(As(Roles.PerformanceExecutiveMember), Body.PerformanceExecutiveMember));
        Assert.True(Journey.MayRecord(As(Roles.Leader), Body.Cabinet));
        Assert.True(Journey.MayRecord(As(Roles.Cabinet), Body.Cabinet));
        Assert.True(Journey.MayRecord(As(Roles.HeadOfImprovement), Body.Cmt));
        Assert.True(Journey.MayRecord(As(Roles.HeadOfImprovement), Body.Cabinet));
        Assert.False(Journey.MayRecord(As(Roles.HeadOfImprovement), Body.PerformanceExecutiveMember));
        Assert.False(Journey.MayRecord(As(Roles.CpegMember), Body.Cmt));
        Assert.False(Journey.MayRecord(As(Roles.Cabinet), Body.Cmt));
        Assert.False(Journey.MayRecord(As(Roles.SelectCommittee), Body.Cabinet));
    }
}
