namespace HccPerformance.Documents.Reports;

/// <summary>
/// One department's self-assessment as a one-page PDF, for the department to keep or circulate: the same page as in
/// the corporate performance report (annotations, concerns and interventions included). One printed from demo data says
/// "DEMO" in its header and footer.
/// </summary>
public static class SelfAssessmentPdf
{
    public static byte[] Render(string council, string period, DepartmentSection department, DateOnly printedOn, bool demo = false)
    {
        var title = $"{department.Department}: self-assessment, {period}";
        return new PdfReport()
            .Title(title)
            .Author(council)
            .Subject($"Printed {CorporateReportPdf.Date(printedOn)}")
            .Header(council, $"Printed {CorporateReportPdf.Date(printedOn)}")
            .Footer(title)
            .Demo(demo)
            .PageMargins(CorporateReportPdf.ReportMargins)
            .Deterministic(printedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), $"{council}/{title}")
            .Content(c => c.OnePage(department.Department, p => DepartmentPage.Compose(p, department, period, "department"), DepartmentPage.MinimumSize))
            .ToBytes();
    }
}
