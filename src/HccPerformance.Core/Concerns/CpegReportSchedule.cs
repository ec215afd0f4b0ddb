namespace HccPerformance.Core.Concerns;

/// <summary>
/// When CPEG's report to CMT is due (Appendix One: "twice a year, or by exception"): six months after the last one. It shows
/// as due in the month before, and overdue after, or when none has ever been issued. Issuing earlier is "by exception".
/// </summary>
public static class CpegReportSchedule
{
    public const int EveryMonths = 6;

    public static CpegReportDue Due(DateOnly? lastIssuedOn, DateOnly today)
    {
        if (lastIssuedOn is not { } last)
        {
            return new CpegReportDue(CpegReportDueState.Overdue, null, null);
        }

        var dueOn = last.AddMonths(EveryMonths);
        var state = today > dueOn ? CpegReportDueState.Overdue : today >= dueOn.AddMonths(-1) ? CpegReportDueState.Due : CpegReportDueState.NotDue;
        return new CpegReportDue(state, last, dueOn);
    }
}
