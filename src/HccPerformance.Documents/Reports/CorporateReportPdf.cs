namespace HccPerformance.Documents.Reports;

/// <summary>Draws the corporate performance report as a PDF. Same content, same bytes.</summary>
public static class CorporateReportPdf
{
    public static byte[] Render(CorporateReportContent content)
    {
        var title = $"{content.Title}: {content.Period}";
        return new PdfReport()
            .Title(title)
            .Author(content.Council)
            .Header(content.Council, content.ProtectiveMarking)
            .Footer($"{title}, version {content.VersionNumber}")
            .Deterministic(content.IssuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), $"{title}/{content.VersionNumber}")
            .Content(c =>
            {
                c.Heading(content.Council).Heading(title, 2).Paragraph(content.ProtectiveMarking);
                c.PageBreak().Heading("Overview").Paragraph(content.Overview.KeyIssues);
                foreach (var department in content.Departments)
                {
                    c.PageBreak().Heading(department.Department).Paragraph(department.Received ? department.OverallStatement : "Not received");
                }
            })
            .ToBytes();
    }
}
