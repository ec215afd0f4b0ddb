namespace HccPerformance.Core.Concerns;

public enum CpegReportDueState
{
    /// <summary>Less than five months since the last one: issuing now is "by exception".</summary>
    NotDue = 1,

    /// <summary>Within a month of its six-monthly date.</summary>
    Due = 2,

    /// <summary>More than six months since the last one, or none ever issued.</summary>
    Overdue = 3,
}
