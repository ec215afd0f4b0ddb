namespace HccPerformance.Core.Reports;

/// <summary>
/// An issued version of the corporate performance report (seed 4.20), frozen: the content as JSON and the PDF as it was
/// drawn at issue, served byte for byte. A correction is the next version, never an edit of this one.
/// </summary>
public class IssuedReport
{
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
}
