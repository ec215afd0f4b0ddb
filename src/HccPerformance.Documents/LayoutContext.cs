using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace HccPerformance.Documents;

/// <summary>
/// The cursor the blocks flow through: the current page, its graphics and the y position within the content area.
/// A report is laid out twice with the same blocks (issue 20): first with nothing drawn, to learn the page count and
/// the page every anchored heading lands on; then drawn, tagged, page by page, so that the header, the footer with
/// "Page N of M" and the contents' page numbers are drawn in place. PDFsharp's structure builder only lets a report
/// draw on the page it has just added, so nothing can be drawn on an earlier page afterwards.
/// </summary>
internal sealed class LayoutContext : IDisposable
{
    /// <summary>Every page is A4, portrait; both passes measure with the same size so they break pages alike.</summary>
    public static readonly XSize PageSize = PageSizeConverter.ToSize(PdfSharp.PageSize.A4);

    private readonly FontSizes fontSizes;
    private readonly Dictionary<int, PdfOutline> lastOutlineByLevel = [];
    private readonly List<XGraphics> pageGraphics = [];
    private readonly PdfDocument? document;
    private readonly XGraphics measurer;
    private readonly Action<LayoutContext>? pageFurniture;
    private XGraphics? gfx;
    private double bottomReserve;
    private int finishedPages;

    /// <summary>The layout pass: measures with <paramref name="measurer"/>, draws nothing, adds no page.</summary>
    public LayoutContext(Margins margins, FontSizes fonts, XGraphics measurer)
    {
        this.measurer = measurer;
        fontSizes = fonts;
        Margins = margins;
        BaseFonts = FontsAt(ReportFonts.BodySize);
        Fonts = BaseFonts;
        Tags = new StructureTags(null);
    }

    /// <summary>
    /// The drawing pass, on a tagged <paramref name="target"/> whose page count and anchors' pages are already known
    /// from the layout pass (<paramref name="plan"/>); <paramref name="furniture"/> draws a finished page's header
    /// and footer.
    /// </summary>
    public LayoutContext(Margins margins, FontSizes fonts, PdfDocument target, StructureBuilder structure, Pagination plan, Action<LayoutContext> furniture)
    {
        document = target;
        measurer = null!;
        fontSizes = fonts;
        Margins = margins;
        BaseFonts = FontsAt(ReportFonts.BodySize);
        Fonts = BaseFonts;
        Tags = new StructureTags(structure);
        Plan = plan;
        pageFurniture = furniture;
    }

    /// <summary>True in the drawing pass; in the layout pass blocks only move the cursor.</summary>
    public bool Draws => document is not null;

    public PdfDocument Document => document ?? throw new InvalidOperationException("The layout pass has no document.");

    public StructureTags Tags { get; }

    /// <summary>What the layout pass found; known in the drawing pass only.</summary>
    public Pagination? Plan { get; }

    public Margins Margins { get; }

    /// <summary>The report's own sizes (the header, the footer and the contents always use these).</summary>
    public ReportFonts BaseFonts { get; }

    /// <summary>The sizes blocks draw with now: smaller while a page is being fitted (see <see cref="OnePageBlock"/>).</summary>
    public ReportFonts Fonts { get; set; }

    /// <summary>The current page's graphics, to draw on: only in the drawing pass.</summary>
    public XGraphics Graphics => gfx ?? throw new InvalidOperationException("Nothing is drawn in the layout pass, and no page yet.");

    /// <summary>Graphics to measure text with, in either pass.</summary>
    public XGraphics Measurer => gfx ?? measurer;

    public double Y { get; set; }
    /// <summary>Left edge and width of where blocks draw now: the content area, or one column of it.</summary>
    public double Left { get; set; }
    public double Width { get; set; }
    public double Top => Margins.Top;
    public double Bottom { get; private set; }

    /// <summary>Height of an empty page's content area: anything taller cannot be kept together.</summary>
    public double FullHeight => Bottom - Top;
    public double Available => Bottom - Y;
    public bool AtTopOfPage => Y <= Top + 0.01;

    /// <summary>Pages begun so far.</summary>
    public int PageCount { get; private set; }

    /// <summary>Zero-based index of the page being drawn.</summary>
    public int PageIndex => PageCount - 1;

    /// <summary>
    /// True while drawing blocks already measured to fit what is left of the page: nothing may open a page then
    /// (a heading's keep-with-next rule would otherwise push the last lines of a fitted page over).
    /// </summary>
    public bool Fitted { get; set; }

    /// <summary>True while drawing a figure's parts: their drawings are the figure's content, not decoration.</summary>
    public bool InFigure { get; set; }

    /// <summary>While set, a page break writes "Continued on the next page" at the foot and "{title} (continued)" at the top.</summary>
    public string? ContinuedTitle { get; private set; }

    /// <summary>Where each anchored heading landed (zero-based page index), for the contents and the outline.</summary>
    public Dictionary<string, int> AnchorPages { get; } = [];

    public ReportFonts FontsAt(double size) => fontSizes.At(size);

    public void NewPage()
    {
        var continued = PageCount > 0 && ContinuedTitle is not null;
        if (continued && Draws)
        {
            var note = BaseFonts.Small;
            Tags.BeginArtifact();
            gfx!.DrawString("Continued on the next page", note, XBrushes.Black,
                new XPoint(Left + Width, Bottom + (bottomReserve - note.GetHeight()) / 2), XStringFormats.TopRight);
            Tags.End();
        }
        FinishPage();
        if (Draws)
        {
            var page = Document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            gfx = XGraphics.FromPdfPage(page);
            pageGraphics.Add(gfx);
        }
        PageCount++;
        Left = Margins.Left;
        Width = PageSize.Width - Margins.Left - Margins.Right;
        Bottom = PageSize.Height - Margins.Bottom - bottomReserve;
        Y = Top;
        if (continued)
        {
            var font = BaseFonts.SmallBold;
            if (Draws)
            {
                var line = TextLayout.Wrap(Measurer, ContinuedTitle + " (continued)", font, Width)[0];
                Tags.BeginArtifact();
                gfx!.DrawString(line, font, XBrushes.Black, new XPoint(Left, Y), XStringFormats.TopLeft);
                Tags.End();
            }
            // Lower than a fresh page's top, so nothing counts this page as empty and breaks again.
            Y += font.GetHeight() + 4;
        }
    }

    /// <summary>Draws the page just filled's header and footer (artifacts), once: before the next page and at the end.</summary>
    public void FinishPage()
    {
        if (Draws && gfx is not null && pageFurniture is not null && pageGraphics.Count == PageCount && finishedPages < PageCount)
        {
            Tags.BeginArtifact();
            pageFurniture(this);
            Tags.End();
            finishedPages = PageCount;
        }
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> fits here (or we are already at the top).</summary>
    public void EnsureSpace(double height)
    {
        if (!Fitted && height > Available + 0.01 && !AtTopOfPage)
        {
            NewPage();
        }
    }

    /// <summary>From here until <see cref="EndContinuation"/>, page breaks say the content continues.</summary>
    public void BeginContinuation(string title)
    {
        ContinuedTitle = title;
        bottomReserve = BaseFonts.Small.GetHeight() + 4;
        Bottom -= bottomReserve;
    }

    public void EndContinuation()
    {
        ContinuedTitle = null;
        Bottom += bottomReserve;
        bottomReserve = 0;
    }

    /// <summary>Records where an anchored heading landed and, when drawing, adds it to the PDF's outline (bookmarks).</summary>
    public void MarkAnchor(string key, string title, int level)
    {
        AnchorPages[key] = PageIndex;
        if (!Draws)
        {
            return;
        }
        var page = Document.Pages[PageIndex];
        var text = TextFallback.Sanitize(title, BaseFonts.Body);
        var outline = lastOutlineByLevel.Where(o => o.Key < level).OrderByDescending(o => o.Key).Select(o => o.Value).FirstOrDefault() is { } parent
            ? parent.Outlines.Add(text, page, true)
            : Document.Outlines.Add(text, page, true);
        lastOutlineByLevel[level] = outline;
        foreach (var deeper in lastOutlineByLevel.Keys.Where(k => k > level).ToList())
        {
            lastOutlineByLevel.Remove(deeper);
        }
    }

    public void Dispose()
    {
        foreach (var open in pageGraphics)
        {
            open.Dispose();
        }
        pageGraphics.Clear();
        gfx = null;
    }
}

/// <summary>Page margins in points (1 mm = 2.835 pt).</summary>
public sealed record Margins(double Left, double Top, double Right, double Bottom)
{
    public static Margins All(double points) => new(points, points, points, points);
}

/// <summary>The report's fonts at one body size; every other size is a fixed share of it, so a fitted page scales as a whole.</summary>
internal sealed class ReportFonts
{
    public const double BodySize = 10;
    private static readonly double[] HeadingScales = [1.8, 1.4, 1.2, 1.05];
    private readonly Dictionary<(double, bool), XFont> fonts = [];

    public ReportFonts(double bodySize)
    {
        Size = bodySize;
        Body = Font(1, false);
        BodyBold = Font(1, true);
        Small = Font(0.8, false);
        SmallBold = Font(0.8, true);
    }

    public double Size { get; }

    /// <summary>This size against the report's own body size: spacing and indents scale with it.</summary>
    public double Scale => Size / BodySize;

    public XFont Body { get; }
    public XFont BodyBold { get; }
    public XFont Small { get; }
    public XFont SmallBold { get; }

    /// <summary>Level 1 (largest) to 4 (a label just above body size).</summary>
    public XFont Heading(int level) => Font(HeadingScales[Math.Clamp(level, 1, HeadingScales.Length) - 1], true);

    /// <summary>A font <paramref name="relativeSize"/> times the body size.</summary>
    public XFont Font(double relativeSize, bool bold)
    {
        if (!fonts.TryGetValue((relativeSize, bold), out var font))
        {
            font = new XFont(EmbeddedFontResolver.FamilyName, Math.Round(Size * relativeSize, 2), bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            fonts[(relativeSize, bold)] = font;
        }
        return font;
    }
}
