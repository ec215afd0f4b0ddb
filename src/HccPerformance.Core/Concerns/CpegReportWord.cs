using System.Globalization;
using HccPerformance.Documents;
using HccPerformance.Documents.Word;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// CPEG's report to CMT as a Word document (issue 20), for CMT's papers: the same content, order and words as its PDF
/// (<see cref="CpegReportService.Pdf"/>), as Word's own headings, tables and paragraphs; "DEMO" in its header and footer
/// when made from demo data.
/// </summary>
public static class CpegReportWord
{
    public static byte[] Render(CpegReport report, string council, string? name = null)
    {
        var title = $"{name ?? "CPEG's report to CMT"}, {CpegReportService.Date(report.From)} to {CpegReportService.Date(report.To)}";
        return new WordReport()
            .Title(title).Author("Corporate Performance and Efficiency Group (CPEG)").Subject("Areas of concern and interventions")
            .Header($"{council} \u00b7 Report to CMT")
            .Footer(title)
            .Demo(report.Demo)
            .Created(report.MadeOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
            .Content(c =>
            {
                c.Heading(title)
                    .Paragraph($"Made on {CpegReportService.Date(report.MadeOn)}. Every area of concern open during the period or closed in it, with the interventions CPEG assigned, their latest report-back and next due date, escalations and outcomes.")
                    .Heading("Summary", 2)
                    .Table("Areas of concern in the report, by state", [3, 1], ["Areas of concern", "Number"],
                        CpegReportService.SummaryRows(report.Summary).Select(r => new[] { r.Label, r.Count.ToString(CultureInfo.GetCultureInfo("en-GB")) }),
                        rightAligned: [1])
                    .Heading("Areas of concern", 2);
                if (report.Concerns.Count == 0)
                {
                    c.Paragraph("No areas of concern were open in the period.");
                }

                foreach (var concern in report.Concerns)
                {
                    var heading = DemoText.Mark(concern.Title, concern.IsDemo);
                    c.Heading(heading, 3)
                        .Paragraph($"{concern.Department}. From: {concern.Source}. Raised {CpegReportService.Date(concern.RaisedOn)}. Status: {concern.Status}.")
                        .Paragraph($"Matters locally? {concern.LocalImportance}");
                    if (concern.Interventions.Count > 0)
                    {
                        c.Table($"{heading}: interventions", [3, 2, 1.2, 1.2, 1.4], ["Intervention", "Responsible officer", "Reports back", "Latest RAG", "Next due"],
                            concern.Interventions.Select(i => new[]
                            {
                                DemoText.Mark(i.Name, i.IsDemo), i.Officer, CpegReportService.Within(i.FrequencyMonths), CpegReportService.LatestRag(i), CpegReportService.NextDue(i),
                            }));
                    }
                    foreach (var e in concern.Escalations)
                    {
                        c.Paragraph(DemoText.Mark($"Escalated to {e.To} on {CpegReportService.Date(e.On)}: {e.Reason}", e.IsDemo));
                    }

                    if (concern.Outcome is { } outcome)
                    {
                        c.Paragraph($"Outcome{(concern.OutcomeKind is { } k ? $" ({k})" : "")}: {outcome}");
                    }
                }
            })
            .ToBytes();
    }
}
