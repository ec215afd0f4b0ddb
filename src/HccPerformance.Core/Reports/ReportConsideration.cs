using HccPerformance.Core.Common;

namespace HccPerformance.Core.Reports;

/// <summary>One step of an issued corporate performance report's journey: CMT, the Performance Executive Member or Cabinet considered it.</summary>
public class ReportConsideration : Consideration
{
    private ReportConsideration() { }

    internal ReportConsideration(Body body, DateOnly metOn, string decisions, string? notes, string recordedBy, DateTime recordedUtc)
        : base(body, metOn, decisions, notes, recordedBy, recordedUtc)
    {
    }

    public int IssuedReportId { get; private set; }
}
