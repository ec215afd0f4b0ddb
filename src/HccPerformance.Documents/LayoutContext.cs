using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HccPerformance.Documents;

/// <summary>
/// The cursor the blocks flow through: the current page, its graphics and the y position within the content area.
/// Pages are added on demand; header and footer, and whatever needs the final page numbers (the contents), are drawn
/// afterwards, once the page count is known.
/// </summary>
internal sealed class LayoutContext : IDisposable
{
    private readonly Dictionary<double, ReportFonts> fontsBySize = [];
    private readonly Dictionary<int, PdfOutline> lastOutlineByLevel = [];
    // Every page's graphics stay open until the second pass has drawn on them too: one content stream a page.
    private readonly List<XGraphics> pageGraphics = [];
    private XGraphics? gfx;
    private double bottomReserve;

    public LayoutContext(PdfDocument document, Margins margins)
    {
        Document = document;
        Margins = margins;
        BaseFonts = FontsAt(ReportFonts.BodySize);
        Fonts = BaseFonts;
    }

    public PdfDocument Document { get; }
    public Margins Margins { get; }

    /// <summary>The report's own sizes (the header, the footer and the contents always use these).</summary>
    public ReportFonts BaseFonts { get; }

    /// <summary>The sizes blocks draw with now: smaller while a page is being fitted (see <see cref="OnePageBlock"/>).</summary>
    public ReportFonts Fonts { get; set; }

    public XGraphics Graphics => gfx ?? throw new InvalidOperationException("No page yet.");
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

    /// <summary>Zero-based index of the page being drawn.</summary>
    public int PageIndex => Document.PageCount - 1;

    /// <summary>
    /// True while drawing blocks already measured to fit what is left of the page: nothing may open a page then
    /// (a heading's keep-with-next rule would otherwise push the last lines of a fitted page over).
    /// </summary>
    public bool Fitted { get; set; }

    /// <summary>While set, a page break writes "Continued on the next page" at the foot and "{title} (continued)" at the top.</summary>
    public string? ContinuedTitle { get; private set; }

    /// <summary>Where each anchored heading landed (zero-based page index), for the contents and the outline.</summary>
    public Dictionary<string, int> AnchorPages { get; } = [];

    /// <summary>Drawing that needs the final page numbers, run on its page in the second pass.</summary>
    public List<(int PageIndex, Action<XGraphics, PdfPage> Draw)> Deferred { get; } = [];

    public ReportFonts FontsAt(double size)
    {
        if (!fontsBySize.TryGetValue(size, out var fonts))
        {
            fonts = new ReportFonts(size);
            fontsBySize[size] = fonts;
        }
        return fonts;
    }

    public void NewPage()
    {
        var continued = gfx is not null && ContinuedTitle is not null;
        if (continued)
        {
            var note = BaseFonts.Small;
            gfx!.DrawString("Continued on the next page", note, XBrushes.Black,
                new XPoint(Left + Width, Bottom + (bottomReserve - note.GetHeight()) / 2), XStringFormats.TopRight);
        }
        var page = Document.AddPage();
        page.Size = PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        pageGraphics.Add(gfx);
        Left = Margins.Left;
        Width = page.Width.Point - Margins.Left - Margins.Right;
        Bottom = page.Height.Point - Margins.Bottom - bottomReserve;
        Y = Top;
        if (continued)
        {
            var font = BaseFonts.SmallBold;
            var line = TextLayout.Wrap(gfx, ContinuedTitle + " (continued)", font, Width)[0];
            gfx.DrawString(line, font, XBrushes.Black, new XPoint(Left, Y), XStringFormats.TopLeft);
            // Lower than a fresh page's top, so nothing counts this page as empty and breaks again.
            Y += font.GetHeight() + 4;
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

    /// <summary>Records where an anchored heading landed and adds it to the PDF's outline (bookmarks).</summary>
    public void MarkAnchor(string key, string title, int level)
    {
        AnchorPages[key] = PageIndex;
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

    /// <summary>The graphics of page <paramref name="index"/> (zero-based), still open for the second pass.</summary>
    public XGraphics GraphicsOf(int index) => pageGraphics[index];

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
