using System.Globalization;
using PdfSharp.Drawing;

namespace HccPerformance.Documents.Reports;

/// <summary>
/// Draws the corporate performance report as a PDF (seed 4.19-4.20): cover, contents, the Head of Improvement's
/// overview, the Corporate Dashboard on one page, each department's self-assessment on exactly one page, the
/// Corporate Improvement Plan's status by theme, and the areas of concern with their interventions. Same content,
/// same bytes.
/// </summary>
public static class CorporateReportPdf
{
    /// <summary>A little narrower than the layer's default, so a department's page holds more at the body size.</summary>
    internal static readonly Margins ReportMargins = new(38, 46, 38, 40);

    internal static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>What a demo report's cover says where a real one gives its protective marking.</summary>
    public const string DemoCover = "DEMO: made from demo data, not real figures. Not protectively marked.";

    private static readonly TextStyle Intro = new() { SpaceAfter = 8 };
    private static readonly TextStyle Small = new() { Size = 0.9, SpaceAfter = 4 };

    public static byte[] Render(CorporateReportContent content)
    {
        var title = $"{content.Title}: {content.Period}";
        return new PdfReport()
            .Title(title)
            .Author(content.Council)
            .Subject($"Version {content.VersionNumber}, issued {Date(content.IssuedOn)}")
            .Header(content.Council, content.Marking ?? "")
            .Footer($"{title}, version {content.VersionNumber}")
            .Demo(content.Demo)
            .PageMargins(ReportMargins)
            .Deterministic(content.IssuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), $"{content.Council}/{title}/{content.VersionNumber}")
            .Content(c =>
            {
                Cover(c, content);
                c.PageBreak().Heading("Contents").Contents(ContentsEntries(content));
                c.PageBreak();
                Overview(c, content.Overview);
                c.PageBreak();
                Dashboard(c, content);
                c.PageBreak().Anchor(Anchors.Departments, "Departments' self-assessments");
                for (var i = 0; i < content.Departments.Count; i++)
                {
                    var department = content.Departments[i];
                    c.OnePage(department.Department, p => DepartmentPage.Compose(p, department, content.Period, Anchors.Department(i)),
                        DepartmentPage.MinimumSize);
                }
                c.PageBreak();
                Plan(c, content.Plan);
                c.PageBreak();
                Concerns(c, content.Concerns);
            })
            .ToBytes();
    }

    internal static string Date(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    private static class Anchors
    {
        public const string Overview = "overview";
        public const string KeyIssues = "overview-key-issues";
        public const string Themes = "overview-themes";
        public const string CrossCutting = "overview-cross-cutting";
        public const string Challenge = "overview-challenge";
        public const string Exceptions = "overview-exceptions";
        public const string Dashboard = "dashboard";
        public const string Departments = "departments";
        public const string Plan = "plan";
        public const string Concerns = "concerns";

        public static string Department(int index) => $"department-{index}";

        public static string Theme(int index) => $"plan-theme-{index}";
    }

    private static IEnumerable<ContentsEntry> ContentsEntries(CorporateReportContent content)
    {
        yield return new("Overview by the Head of Improvement", Anchors.Overview);
        yield return new("Key issues", Anchors.KeyIssues, 2);
        yield return new("Common themes", Anchors.Themes, 2);
        yield return new("Cross-cutting issues", Anchors.CrossCutting, 2);
        yield return new("Challenge to departments", Anchors.Challenge, 2);
        yield return new("Areas of concern for CMT, by exception", Anchors.Exceptions, 2);
        yield return new("Corporate Dashboard summary", Anchors.Dashboard);
        if (content.Departments.Count > 0)
        {
            yield return new("Departments' self-assessments", Anchors.Departments);
            for (var i = 0; i < content.Departments.Count; i++)
            {
                var department = content.Departments[i];
                var name = DemoText.Mark(department.Department, department.IsDemo);
                yield return new(department.Received ? name : $"{name} (not received)", Anchors.Department(i), 2);
            }
        }
        yield return new("Corporate Improvement Plan: status by theme", Anchors.Plan);
        for (var i = 0; i < content.Plan.Count; i++)
        {
            yield return new(content.Plan[i].Theme, Anchors.Theme(i), 2);
        }
        yield return new("Areas of concern and interventions", Anchors.Concerns);
    }

    private static void Cover(ContentBuilder c, CorporateReportContent content)
    {
        c.Spacer(90)
            .Drawing(6, (gfx, area) => gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(0x1D, 0x3C, 0x6E)), area))
            .Spacer(24)
            .Paragraph(content.Council, new TextStyle { Size = 1.6, Bold = true, SpaceAfter = 28 })
            .Paragraph(content.Title, new TextStyle { Size = 2.6, Bold = true, SpaceAfter = 12 })
            .Paragraph(content.Period, new TextStyle { Size = 1.6, SpaceAfter = 36 })
            .Paragraph($"Version {content.VersionNumber}", new TextStyle { Size = 1.2, SpaceAfter = 4 })
            .Paragraph($"Issued {Date(content.IssuedOn)}", new TextStyle { Size = 1.2, SpaceAfter = 36 })
            .Paragraph("For the Corporate Management Team (CMT), the Executive Member for Efficiency, Performance and Rural Policy, and Cabinet. "
                + "The collated self-assessments of the Chief Officers, with the Head of Improvement's overview.", new TextStyle { SpaceAfter = 48 })
            .Paragraph(content.Demo ? DemoCover : $"Protective marking: {content.Marking ?? "none"}", new TextStyle { Size = 1.3, Bold = true });
    }

    private static void Overview(ContentBuilder c, ReportOverview overview)
    {
        c.Heading("Overview by the Head of Improvement", 1, Anchors.Overview);
        c.Heading("Key issues", 2, Anchors.KeyIssues).Paragraph(DepartmentPage.OrNone(overview.KeyIssues, "None this period."));
        TitledTexts(c.Heading("Common themes", 2, Anchors.Themes), overview.CommonThemes, "No common themes this period.");
        c.Heading("Cross-cutting issues", 2, Anchors.CrossCutting).Paragraph(DepartmentPage.OrNone(overview.CrossCuttingIssues, "None this period."));
        TitledTexts(c.Heading("Challenge to departments", 2, Anchors.Challenge), overview.Challenges, "No challenge this period.");
        c.Heading("Areas of concern for CMT, by exception", 2, Anchors.Exceptions)
            .Paragraph("Areas of concern from CPEG's work on the Corporate Dashboard that CMT should know about.", Intro);
        TitledTexts(c, overview.Exceptions, "None this period.");
    }

    private static void TitledTexts(ContentBuilder c, IReadOnlyList<TitledText> texts, string none)
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

    private static void Dashboard(ContentBuilder c, CorporateReportContent content)
    {
        var tiles = content.Dashboard.Tiles;
        c.OnePage("Corporate Dashboard summary", p =>
        {
            p.Heading("Corporate Dashboard summary", 1, Anchors.Dashboard)
                .Paragraph($"How each area of the Corporate Dashboard stood for {content.Period}: how many of its measures were red, "
                    + "amber, green or without data. Each bar shows the shares of its own total; the table gives the same figures "
                    + "with each tile's summary.", Intro);
            if (tiles.Count == 0)
            {
                p.Paragraph("The dashboard had no tiles for this period.");
                return;
            }
            var bars = tiles.Select(t => new RagBar(t.Title, t.Red, t.Amber, t.Green, t.NoData)).ToList();
            p.Chart(bars, "how many of each Corporate Dashboard tile's measures were red, amber, green or without data")
                .Table([2.8, 1, 1.35, 1.35, 1.2, 5.6], ["Tile", "Red", "Amber", "Green", "No data", "Summary"],
                    tiles.Select(t => new[] { DemoText.Mark(t.Title, t.IsDemo), N(t.Red), N(t.Amber), N(t.Green), N(t.NoData), t.Summary }),
                    new TableStyle(RightAligned: [1, 2, 3, 4]));
        }, DepartmentPage.MinimumSize);
    }

    private static void Plan(ContentBuilder c, IReadOnlyList<PlanThemeStatus> plan)
    {
        c.Heading("Corporate Improvement Plan: status by theme", 1, Anchors.Plan);
        if (plan.Count == 0)
        {
            c.Paragraph("There is no current Corporate Improvement Plan.");
            return;
        }
        c.Paragraph("How many of each theme's priority areas are red, amber, green or without data, then each area with its "
            + "status and the department that leads it.", Intro);
        var bars = plan.Select(t => new RagBar(t.Theme, t.Red, t.Amber, t.Green, t.NoData)).ToList();
        c.KeepTogether(k => k.Chart(bars, "how many of each theme's priority areas are red, amber, green or without data"));
        c.Table([5, 1, 1.35, 1.35, 1.2, 1.2], ["Theme", "Red", "Amber", "Green", "No data", "Areas"],
            plan.Select(t => new[] { t.Theme, N(t.Red), N(t.Amber), N(t.Green), N(t.NoData), N(t.Areas.Count) }),
            new TableStyle(RightAligned: [1, 2, 3, 4, 5]));
        for (var i = 0; i < plan.Count; i++)
        {
            var theme = plan[i];
            c.Heading(theme.Theme, 2, Anchors.Theme(i));
            if (theme.Areas.Count == 0)
            {
                c.Paragraph("No priority areas.");
                continue;
            }
            c.Table([6, 1.4, 3], ["Priority area", "RAG", "Lead"],
                theme.Areas.Select(a => new[] { DemoText.Mark(a.Area, a.IsDemo), a.Rag, DepartmentPage.OrNone(a.Lead, "Not assigned") }),
                RagPalette.ShadeColumn2);
        }
    }

    private static void Concerns(ContentBuilder c, IReadOnlyList<ConcernSummary> concerns)
    {
        c.Heading("Areas of concern and interventions", 1, Anchors.Concerns);
        if (concerns.Count == 0)
        {
            c.Paragraph("There were no areas of concern in this period.");
            return;
        }
        c.Paragraph("Every area of concern in this report, with the interventions CPEG assigned, the officer responsible, the "
            + "latest RAG status and when each next reports back to CPEG.", Intro);
        var interventionStyle = new TableStyle(Shade: (column, text) => column == 2 ? RagPalette.Tint(text) : null);
        foreach (var concern in concerns)
        {
            c.KeepTogether(k =>
            {
                k.Heading(DemoText.Mark(concern.Title, concern.IsDemo), 3)
                    .Paragraph($"Department: {DepartmentPage.OrNone(concern.Department, "corporate (no single department)")}. Status: {concern.Status}.", Small);
                if (concern.Interventions.Count == 0)
                {
                    k.Paragraph("No intervention assigned yet.");
                    return;
                }
                k.Table([4, 3, 1.4, 2], ["Intervention", "Responsible officer", "Latest RAG", "Next report-back"],
                    concern.Interventions.Select(i => new[] { i.Name, i.ResponsibleOfficer, i.LatestRag, DepartmentPage.OrNone(i.NextReportBackDue, "Not set") }),
                    interventionStyle);
            });
        }
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
