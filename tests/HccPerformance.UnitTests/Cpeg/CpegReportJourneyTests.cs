using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;

namespace HccPerformance.UnitTests.Cpeg;

/// <summary>CPEG's report to CMT: due twice a year (Appendix One), and considered by CMT once.</summary>
public sealed class CpegReportJourneyTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Fact]
    public void With_none_ever_issued_it_is_overdue()
    {
        Assert.Equal(new CpegReportDue(CpegReportDueState.Overdue, null, null), CpegReportSchedule.Due(null, Today));
    }

    [Theory]
    [InlineData(1, CpegReportDueState.NotDue)]
    [InlineData(4, CpegReportDueState.NotDue)]
    [InlineData(5, CpegReportDueState.Due)]
    [InlineData(6, CpegReportDueState.Due)]
    [InlineData(7, CpegReportDueState.Overdue)]
    public void It_is_due_in_the_month_before_six_months_since_the_last_and_overdue_after(int monthsAgo, CpegReportDueState state)
    {
        var last = Today.AddMonths(-monthsAgo);
        var due = CpegReportSchedule.Due(last, Today);
        Assert.Equal(state, due.State);
        Assert.Equal(last.AddMonths(6), due.DueOn);
    }

    [Fact]
    public void CMT_considers_it_once_and_no_other_body_is_a_step()
    {
        var report = new IssuedCpegReport(3, new DateOnly(2026, 6, 1), new DateOnly(2026, 11, 30), new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), "CPEG member", "{}", null);
        var now = new DateTime(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal(Body.Cmt, report.WaitingFor);
        var cabinet = Assert.Throws<DomainException>(() => report.Record(Body.Cabinet, new DateOnly(2026, 12, 3), "Noted", null, "Leader", now));
        Assert.Equal("Cabinet is not a step of CPEG's report to CMT no. 3's journey.", cabinet.Message);
        report.Record(Body.Cmt, new DateOnly(2026, 12, 3), "Noted", null, "Chief Executive", now);
        Assert.Null(report.WaitingFor);
        var again = Assert.Throws<DomainException>(() => report.Record(Body.Cmt, new DateOnly(2026, 12, 4), "Noted again", null, "Chief Officer", now));
        Assert.StartsWith("CMT has already considered CPEG's report to CMT no. 3 (on 3 Dec 2026)", again.Message, StringComparison.Ordinal);
        Assert.Single(report.Considerations);
    }
}
