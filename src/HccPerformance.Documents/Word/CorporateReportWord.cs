using System.Globalization;
using HccPerformance.Documents.Reports;

namespace HccPerformance.Documents.Word;

/// <summary>
/// The corporate performance report as a Word document (issue 20), from the same frozen content as its PDF
/// (<see cref="CorporateReportPdf"/>) and in the same order and words: cover, contents, the Head of Improvement's overview,
/// the Corporate Dashboard summary, each department's self-assessment from a new page, the Corporate Improvement Plan by
/// theme, and the areas of concern. Where the PDF fits a department on one page with its lists side by side, Word gets
/// them one after another, in the PDF's reading order (left column, then right).
/// </summary>
public static class CorporateReportWord
{
    public static byte[] Render(CorporateReportContent content)
    {
        var title = $"{content.Title}: {content.Period}";
        return new WordReport()
            .Title(title)
            .Author(content.Council)
            .Subject($"Version {content.VersionNumber}, issued {CorporateReportPdf.Date(content.IssuedOn)}")
            .Header(content.Council)
            .Marking(content.Marking)
            .Footer($"{title}, version {content.VersionNumber}")
            .Demo(content.Demo)
            .Created(content.IssuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
            .Content(c =>
            {
                Cover(c, content);
                c.PageBreak().Contents();
                c.PageBreak();
                Overview(c, content.Overview);
                c.PageBreak();
                Dashboard(c, content);
                if (content.Departments.Count > 0)
                {
                    c.PageBreak().Heading("Departments' self-assessments", 1);
                    for (var i = 0; i < content.Departments.Count; i++)
                    {
                        if (i > 0)
                        {
                            c.PageBreak();
                        }
                        Department(c, content.Departments[i], content.Period);
                    }
                }
                c.PageBreak();
                Plan(c, content.Plan);
                c.PageBreak();
                Concerns(c, content.Concerns);
            })
            .ToBytes();
    }

    private static void Cover(WordContent c, CorporateReportContent content)
    {
        c.Paragraph(content.Council, bold: true)
            .Title(content.Title)
            .Paragraph(content.Period)
            .Paragraph($"Version {content.VersionNumber}")
            .Paragraph($"Issued {CorporateReportPdf.Date(content.IssuedOn)}")
            .Paragraph("For the Corporate Management Team (CMT), the Executive Member for Efficiency, Performance and Rural Policy, and Cabinet. "
                + "The collated self-assessments of the Chief Officers, with the Head of Improvement's overview.")
            .Paragraph(content.Demo ? CorporateReportPdf.DemoCover : $"Protective marking: {content.Marking ?? "none"}", bold: true);
    }

    private static void Overview(WordContent c, ReportOverview overview)
    {
        c.Heading("Overview by the Head of Improvement", 1);
        c.Heading("Key issues", 2).Paragraph(DepartmentPage.OrNone(overview.KeyIssues, "None this period."));
        TitledTexts(c.Heading("Common themes", 2), overview.CommonThemes, "No common themes this period.");
        c.Heading("Cross-cutting issues", 2).Paragraph(DepartmentPage.OrNone(overview.CrossCuttingIssues, "None this period."));
        TitledTexts(c.Heading("Challenge to departments", 2), overview.Challenges, "No challenge this period.");
        c.Heading("Areas of concern for CMT, by exception", 2)
            .Paragraph("Areas of concern from CPEG's work on the Corporate Dashboard that CMT should know about.");
        TitledTexts(c, overview.Exceptions, "None this period.");
    }

    private static void TitledTexts(WordContent c, IReadOnlyList<TitledText> texts, string none)
    {
        if (texts.Count == 0)
        {
            c.Paragraph(none);
        }
        foreach (var text in texts)
        {
            c.Heading(text.Title, 3).Paragraph(text.Text);
        }
    }

    private static void Dashboard(WordContent c, CorporateReportContent content)
    {
        var tiles = content.Dashboard.Tiles;
        c.Heading("Corporate Dashboard summary", 1)
            .Paragraph($"How each area of the Corporate Dashboard stood for {content.Period}: how many of its measures were red, "
                + "amber, green or without data. Each bar shows the shares of its own total; the table gives the same figures "
                + "with each tile's summary.");
        if (tiles.Count == 0)
        {
            c.Paragraph("The dashboard had no tiles for this period.");
            return;
        }
        c.Chart("Chart: red, amber, green and no data on each tile of the Corporate Dashboard",
            [.. tiles.Select(t => new RagBar(DemoText.Mark(t.Title, t.IsDemo), t.Red, t.Amber, t.Green, t.NoData))]);
        c.Table("The Corporate Dashboard's tiles: red, amber, green and no data, with each tile's summary",
            [2.8, 1, 1.35, 1.35, 1.2, 5.6], ["Tile", "Red", "Amber", "Green", "No data", "Summary"],
            tiles.Select(t => new[] { DemoText.Mark(t.Title, t.IsDemo), N(t.Red), N(t.Amber), N(t.Green), N(t.NoData), t.Summary }),
            rightAligned: [1, 2, 3, 4]);
    }

    private static void Department(WordContent c, DepartmentSection department, string period)
    {
        var name = DemoText.Mark(department.Department, department.IsDemo);
        c.Heading(department.Received ? name : $"{name} (not received)", 2);
        var officer = string.IsNullOrWhiteSpace(department.ChiefOfficer) ? "" : $" Chief Officer: {department.ChiefOfficer}.";
        c.Paragraph($"Self-assessment, {period}.{officer} Status: {department.Status}.");

        if (!department.Received)
        {
            c.Paragraph("Not received", bold: true)
                .Paragraph($"The self-assessment for {period} had not been accepted when this report was issued "
                    + $"(its status was \"{department.Status}\"), so it is not part of the report.");
            if (department.GeneralAnnotations.Count > 0)
            {
                c.Heading("Head of Improvement's annotations", 3).Bullets(department.GeneralAnnotations.Select(a => $"On the whole assessment: {a}"));
            }
            Concerns(c, department);
            return;
        }

        c.Heading("Overall statement", 3).Paragraph(DepartmentPage.OrNone(department.OverallStatement, "Not written."));
        var notes = new List<string>();
        Items(c, "Key strengths", "Key strength", department.Strengths, notes);
        Items(c, "Areas for improvement", "Area for improvement", department.AreasForImprovement, notes);
        Items(c, "Outstanding risks", "Risk", department.Risks, notes);
        Items(c, "How these are being addressed", "Action", department.Actions, notes);
        c.Heading("Trade-offs made to balance the budget", 3).Paragraph(DepartmentPage.OrNone(department.TradeOffs, "None stated."));
        c.Heading("Executive Member's comment", 3).Paragraph(DepartmentPage.OrNone(department.ExecutiveMemberComment, "No comment recorded."));

        c.Heading("Head of Improvement's annotations", 3);
        if (notes.Count == 0 && department.GeneralAnnotations.Count == 0)
        {
            c.Paragraph("None.");
        }
        c.Numbered(notes);
        c.Bullets(department.GeneralAnnotations.Select(a => $"On the whole assessment: {a}"));
        Concerns(c, department);
    }

    // Each annotation gets the next number: "[2]" by its item, and the second entry of the numbered notes that follow.
    private static void Items(WordContent c, string heading, string singular, IReadOnlyList<AnnotatedItem> items, List<string> notes)
    {
        c.Heading(heading, 3);
        if (items.Count == 0)
        {
            c.Paragraph("None listed.");
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var marks = new List<string>();
            foreach (var annotation in items[i].Annotations)
            {
                notes.Add($"{singular} {i + 1}: {annotation}");
                marks.Add(notes.Count.ToString(CultureInfo.InvariantCulture));
            }
            c.Bullet(marks.Count == 0 ? items[i].Text : $"{items[i].Text} [{string.Join(", ", marks)}]");
        }
    }

    private static void Concerns(WordContent c, DepartmentSection department)
    {
        c.Heading("Areas of concern and interventions", 3);
        if (department.Concerns.Count == 0)
        {
            c.Paragraph("No open areas of concern.");
            return;
        }
        foreach (var concern in department.Concerns)
        {
            c.Bullet($"{DemoText.Mark(concern.Title, concern.IsDemo)} ({concern.Status})", bold: true);
            if (concern.Interventions.Count == 0)
            {
                c.Bullet("No intervention assigned yet.", 1);
            }
            foreach (var intervention in concern.Interventions)
            {
                c.Bullet(DepartmentPage.InterventionText(intervention), 1);
            }
        }
    }

    private static void Plan(WordContent c, IReadOnlyList<PlanThemeStatus> plan)
    {
        c.Heading("Corporate Improvement Plan: status by theme", 1);
        if (plan.Count == 0)
        {
            c.Paragraph("There is no current Corporate Improvement Plan.");
            return;
        }
        c.Paragraph("How many of each theme's priority areas are red, amber, green or without data, then each area with its "
            + "status and the department that leads it.");
        c.Chart("Chart: red, amber, green and no data among each theme's priority areas",
            [.. plan.Select(t => new RagBar(t.Theme, t.Red, t.Amber, t.Green, t.NoData))]);
        c.Table("Each theme's priority areas: red, amber, green and no data", [5, 1, 1.35, 1.35, 1.2, 1.2],
            ["Theme", "Red", "Amber", "Green", "No data", "Areas"],
            plan.Select(t => new[] { t.Theme, N(t.Red), N(t.Amber), N(t.Green), N(t.NoData), N(t.Areas.Count) }),
            rightAligned: [1, 2, 3, 4, 5]);
        foreach (var theme in plan)
        {
            c.Heading(theme.Theme, 2);
            if (theme.Areas.Count == 0)
            {
                c.Paragraph("No priority areas.");
                continue;
            }
            c.Table($"{theme.Theme}: each priority area, its RAG status and its lead", [6, 1.4, 3], ["Priority area", "RAG", "Lead"],
                theme.Areas.Select(a => new[] { DemoText.Mark(a.Area, a.IsDemo), a.Rag, DepartmentPage.OrNone(a.Lead, "Not assigned") }),
                shade: (column, text) => column == 1 ? Tint(text) : null);
        }
    }

    private static void Concerns(WordContent c, IReadOnlyList<ConcernSummary> concerns)
    {
        c.Heading("Areas of concern and interventions", 1);
        if (concerns.Count == 0)
        {
            c.Paragraph("There were no areas of concern in this period.");
            return;
        }
        c.Paragraph("Every area of concern in this report, with the interventions CPEG assigned, the officer responsible, the "
            + "latest RAG status and when each next reports back to CPEG.");
        foreach (var concern in concerns)
        {
            var title = DemoText.Mark(concern.Title, concern.IsDemo);
            c.Heading(title, 2, listed: false)
                .Paragraph($"Department: {DepartmentPage.OrNone(concern.Department, "corporate (no single department)")}. Status: {concern.Status}.");
            if (concern.Interventions.Count == 0)
            {
                c.Paragraph("No intervention assigned yet.");
                continue;
            }
            c.Table($"{title}: interventions", [4, 3, 1.4, 2], ["Intervention", "Responsible officer", "Latest RAG", "Next report-back"],
                concern.Interventions.Select(i => new[] { i.Name, i.ResponsibleOfficer, i.LatestRag, DepartmentPage.OrNone(i.NextReportBackDue, "Not set") }),
                shade: (column, text) => column == 2 ? Tint(text) : null);
        }
    }

    /// <summary>The PDF's light RAG tints (<see cref="RagPalette.Tint"/>) as Word's hex colours, beside the word.</summary>
    internal static string? Tint(string text) => RagPalette.Tint(text) is { } colour ? $"{colour.R:X2}{colour.G:X2}{colour.B:X2}" : null;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
