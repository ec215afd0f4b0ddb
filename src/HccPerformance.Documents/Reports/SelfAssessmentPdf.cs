namespace HccPerformance.Documents.Reports;

/// <summary>One department's self-assessment as a one-page PDF, for the department to keep or circulate.</summary>
public static class SelfAssessmentPdf
{
    public static byte[] Render(string council, string period, DepartmentSection department, DateOnly printedOn)
    {
        var title = $"{department.Department}: self-assessment, {period}";
        return new PdfReport()
            .Title(title)
            .Author(council)
            .Header(council)
            .Footer(title)
            .Deterministic(printedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), title)
            .Content(c =>
            {
                c.Heading(title).Paragraph(department.OverallStatement);
                foreach (var (heading, items) in new[] { ("Strengths", department.Strengths), ("Areas for improvement", department.AreasForImprovement),
                    ("Risks", department.Risks), ("Actions", department.Actions) })
                {
                    c.Heading(heading, 2);
                    foreach (var item in items)
                    {
                        c.Paragraph(item.Text);
                    }
                }
            })
            .ToBytes();
    }
}
