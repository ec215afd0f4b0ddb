using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>CMT's consideration of an issued CPEG report, at a CMT meeting.</summary>
public class CpegReportConsideration : Consideration
{
    private CpegReportConsideration() { }

    internal CpegReportConsideration(Body body, DateOnly metOn, string decisions, string? notes, string recordedBy, DateTime recordedUtc)
        : base(body, metOn, decisions, notes, recordedBy, recordedUtc)
    {
    }

    public int IssuedCpegReportId { get; private set; }
}
