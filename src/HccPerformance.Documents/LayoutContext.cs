using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HccPerformance.Documents;

/// <summary>
/// The cursor the blocks flow through: the current page, its graphics and the y position within the content area.
/// Pages are added on demand; header and footer are drawn afterwards, once the page count is known.
/// </summary>
internal sealed class LayoutContext : IDisposable
{
    private readonly PdfDocument document;
    private XGraphics? gfx;

    public LayoutContext(PdfDocument document, Margins margins)
    {
        this.document = document;
        Margins = margins;
        Fonts = new ReportFonts();
    }

    public Margins Margins { get; }
    public ReportFonts Fonts { get; }
    public XGraphics Graphics => gfx ?? throw new InvalidOperationException("No page yet.");
    public double Y { get; set; }
    public double Left => Margins.Left;
    public double Width { get; private set; }
    public double Top => Margins.Top;
    public double Bottom { get; private set; }

    /// <summary>Height of an empty page's content area: anything taller cannot be kept together.</summary>
    public double FullHeight => Bottom - Top;
    public double Available => Bottom - Y;
    public bool AtTopOfPage => Y <= Top + 0.01;

    public void NewPage()
    {
        gfx?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        Width = page.Width.Point - Margins.Left - Margins.Right;
        Bottom = page.Height.Point - Margins.Bottom;
        Y = Top;
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> fits here (or we are already at the top).</summary>
    public void EnsureSpace(double height)
    {
        if (height > Available + 0.01 && !AtTopOfPage)
        {
            NewPage();
        }
    }

    public void Dispose()
    {
        gfx?.Dispose();
        gfx = null;
    }
}

/// <summary>Page margins in points (1 mm = 2.835 pt).</summary>
public sealed record Margins(double Left, double Top, double Right, double Bottom)
{
    public static Margins All(double points) => new(points, points, points, points);
}

/// <summary>The report's few fonts, created once per rendering.</summary>
internal sealed class ReportFonts
{
    public XFont Body { get; } = new(EmbeddedFontResolver.FamilyName, 10, XFontStyleEx.Regular);
    public XFont BodyBold { get; } = new(EmbeddedFontResolver.FamilyName, 10, XFontStyleEx.Bold);
    public XFont Small { get; } = new(EmbeddedFontResolver.FamilyName, 8, XFontStyleEx.Regular);

    private readonly XFont[] headings =
    [
        new(EmbeddedFontResolver.FamilyName, 18, XFontStyleEx.Bold),
        new(EmbeddedFontResolver.FamilyName, 14, XFontStyleEx.Bold),
        new(EmbeddedFontResolver.FamilyName, 12, XFontStyleEx.Bold),
    ];

    public XFont Heading(int level) => headings[Math.Clamp(level, 1, headings.Length) - 1];
}
