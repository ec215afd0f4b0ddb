namespace HccPerformance.Core.Concerns;

/// <summary>The lengths the database keeps for issued CPEG reports to CMT.</summary>
public static class CpegReportLimits
{
    public const int ExceptionReason = 1000;
    public const int IssuedBy = 256;
}
