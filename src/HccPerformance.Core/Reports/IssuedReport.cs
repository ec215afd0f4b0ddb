using HccPerformance.Core.Common;

namespace HccPerformance.Core.Reports;

/// <summary>
/// An issued version of the corporate performance report (seed 4.20), frozen: the content as JSON and the PDF as it was
/// drawn at issue, served byte for byte. A correction is the next version, never an edit of this one. Its journey (CMT, then
/// the Performance Executive Member, then Cabinet) is appended as <see cref="Considerations"/>; the content never changes.
/// </summary>
public class IssuedReport : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private IssuedReport() { }

    public IssuedReport(int reportingPeriodId, string periodName, int versionNumber, DateTime issuedUtc, string issuedBy,
        string contentJson, byte[] pdf, int departmentsNotReceived)
    {
        ReportingPeriodId = reportingPeriodId;
        PeriodName = periodName;
        VersionNumber = versionNumber;
        IssuedUtc = issuedUtc;
        IssuedBy = issuedBy;
        ContentJson = contentJson;
        Pdf = pdf;
        DepartmentsNotReceived = departmentsNotReceived;
    }

    public int Id { get; private set; }
    public int ReportingPeriodId { get; private set; }
    public string PeriodName { get; private set; } = "";
    public int VersionNumber { get; private set; }
    public DateTime IssuedUtc { get; private set; }
    public string IssuedBy { get; private set; } = "";
    public string ContentJson { get; private set; } = "";
    public byte[] Pdf { get; private set; } = [];
    public int DepartmentsNotReceived { get; private set; }

    /// <summary>The bodies that consider the report, in order (seed 3.4, 4.20).</summary>
    public static readonly IReadOnlyList<Body> Steps = [Body.Cmt, Body.PerformanceExecutiveMember, Body.Cabinet];

    private readonly List<ReportConsideration> considerations = [];

    public IReadOnlyList<ReportConsideration> Considerations => considerations;

    /// <summary>The body the report waits for, or none once Cabinet has considered it.</summary>
    public Body? WaitingFor => Journey.Next(Steps, considerations.Count);

    /// <summary>
    /// Appends a body's consideration, in the journey's order only (<see cref="Journey.Check"/>). Appending leaves the
    /// report itself as it was issued.
    /// </summary>
    public ReportConsideration Record(Body body, DateOnly metOn, string decisions, string? notes, string recordedBy, DateTime now)
    {
        Journey.Check(Steps, [.. considerations.OrderBy(c => c.MetOn).ThenBy(c => c.RecordedUtc)], body, metOn, DateOnly.FromDateTime(IssuedUtc),
            DateOnly.FromDateTime(now), $"version {VersionNumber} of the report for {PeriodName}");
        var step = new ReportConsideration(body, metOn, decisions.Trim(), string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(), recordedBy, now);
        considerations.Add(step);
        return step;
    }
}
