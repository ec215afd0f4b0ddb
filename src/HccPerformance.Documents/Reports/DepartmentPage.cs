using System.Globalization;

namespace HccPerformance.Documents.Reports;

/// <summary>
/// One department's self-assessment as it is printed, in the corporate report and on its own: the statement, the four
/// lists, the trade-offs, the Executive Member's comment, the Head of Improvement's annotations (numbered marks by the
/// items they are about, numbered notes below) and the department's concerns and interventions. It is composed into a
/// <see cref="ContentBuilder.OnePage"/> block, which steps the type down until it fits one page.
/// </summary>
internal static class DepartmentPage
{
    /// <summary>The smallest type a fitted page uses (DejaVu Sans is large on its body: 7 pt reads like 8 pt of most faces).</summary>
    public const double MinimumSize = 7;

    private static readonly TextStyle Meta = new() { SpaceAfter = 4 };
    private static readonly TextStyle NotReceived = new() { Size = 1.4, Bold = true, SpaceAfter = 6 };
    private static readonly TextStyle Note = new() { Indent = 26, SpaceAfter = 1 };
    private static readonly TextStyle ConcernLine = new() { Indent = 12, Marker = "•", Bold = true, SpaceAfter = 1 };
    private static readonly TextStyle InterventionLine = new() { Indent = 24, SpaceAfter = 1.5 };

    public static void Compose(ContentBuilder page, DepartmentSection department, string period, string? anchor)
    {
        page.Heading(DemoText.Mark(department.Department, department.IsDemo), 2, anchor);
        var officer = string.IsNullOrWhiteSpace(department.ChiefOfficer) ? "" : $" Chief Officer: {department.ChiefOfficer}.";
        page.Paragraph($"Self-assessment, {period}.{officer} Status: {department.Status}.", Meta);

        if (!department.Received)
        {
            page.Paragraph("Not received", NotReceived);
            page.Paragraph($"The self-assessment for {period} had not been accepted when this report was issued "
                + $"(its status was \"{department.Status}\"), so it is not part of the report.");
            GeneralAnnotations(page, department);
            Concerns(page, department);
            return;
        }

        page.Heading("Overall statement", 4).Paragraph(OrNone(department.OverallStatement, "Not written."));
        // The four lists go two by two in columns, and so do the trade-offs and the comment: short items fill a
        // line only halfway, so columns hold the word budget's 48 items in about half the height.
        var notes = new List<(string Mark, string Text)>();
        page.Columns(
            left => Items(left, "Key strengths", "Key strength", department.Strengths, notes),
            right => Items(right, "Areas for improvement", "Area for improvement", department.AreasForImprovement, notes));
        page.Columns(
            left => Items(left, "Outstanding risks", "Risk", department.Risks, notes),
            right => Items(right, "How these are being addressed", "Action", department.Actions, notes));
        page.Columns(
            left => left.Heading("Trade-offs made to balance the budget", 4).Paragraph(OrNone(department.TradeOffs, "None stated.")),
            right => right.Heading("Executive Member's comment", 4).Paragraph(OrNone(department.ExecutiveMemberComment, "No comment recorded.")));

        page.Heading("Head of Improvement's annotations", 4);
        if (notes.Count == 0 && department.GeneralAnnotations.Count == 0)
        {
            page.Paragraph("None.");
        }
        foreach (var (mark, text) in notes)
        {
            page.Paragraph(text, Note with { Marker = mark });
        }
        GeneralAnnotations(page, department, withHeading: false);
        Concerns(page, department);
    }

    // Each annotation gets the next number, marked by its item and listed with the item it is about.
    private static void Items(ContentBuilder column, string heading, string singular, IReadOnlyList<AnnotatedItem> items, List<(string Mark, string Text)> notes)
    {
        column.Heading(heading, 4);
        if (items.Count == 0)
        {
            column.Paragraph("None listed.");
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var marks = new List<string>();
            foreach (var annotation in items[i].Annotations)
            {
                var mark = (notes.Count + 1).ToString(CultureInfo.InvariantCulture);
                marks.Add(mark);
                notes.Add(($"[{mark}]", $"{singular} {i + 1}: {annotation}"));
            }
            column.Item(marks.Count == 0 ? items[i].Text : $"{items[i].Text} [{string.Join(", ", marks)}]");
        }
    }

    private static void GeneralAnnotations(ContentBuilder page, DepartmentSection department, bool withHeading = true)
    {
        if (department.GeneralAnnotations.Count == 0)
        {
            return;
        }
        if (withHeading)
        {
            page.Heading("Head of Improvement's annotations", 4);
        }
        foreach (var annotation in department.GeneralAnnotations)
        {
            page.Paragraph($"On the whole assessment: {annotation}", Note with { Marker = "•" });
        }
    }

    private static void Concerns(ContentBuilder page, DepartmentSection department)
    {
        page.Heading("Areas of concern and interventions", 4);
        if (department.Concerns.Count == 0)
        {
            page.Paragraph("No open areas of concern.");
            return;
        }
        foreach (var concern in department.Concerns)
        {
            page.Paragraph($"{concern.Title} ({concern.Status})", ConcernLine);
            if (concern.Interventions.Count == 0)
            {
                page.Paragraph("No intervention assigned yet.", InterventionLine with { Marker = "–" });
            }
            foreach (var intervention in concern.Interventions)
            {
                page.Paragraph(InterventionText(intervention), InterventionLine with { Marker = "–" });
            }
        }
    }

    public static string InterventionText(InterventionSummary intervention) =>
        $"{intervention.Name}: {intervention.ResponsibleOfficer}; latest RAG {intervention.LatestRag}; "
        + $"next report-back {OrNone(intervention.NextReportBackDue, "not set")}.";

    public static string OrNone(string? text, string none) => string.IsNullOrWhiteSpace(text) ? none : text;
}
