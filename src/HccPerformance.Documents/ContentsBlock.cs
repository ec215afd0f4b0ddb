using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HccPerformance.Documents;

/// <summary>A line of the contents: the title shown and the anchor of the heading it points at.</summary>
public sealed record ContentsEntry(string Title, string Anchor, int Level = 1);

/// <summary>
/// The contents: titles are laid out in the first pass, and each page number (with a dotted leader and a link to
/// the page) is drawn in the second, when the anchored headings have landed. An anchor that never landed is a
/// mistake in the report's composition and fails loudly rather than print a wrong number.
/// </summary>
internal sealed class ContentsBlock(IReadOnlyList<ContentsEntry> entries) : Block
{
    private const double NumberWidth = 40;
    private const double IndentPerLevel = 18;
    private static readonly XPen Leader = new(XColor.FromArgb(120, 120, 120), 0.6) { DashStyle = XDashStyle.Dot };

    public override double Measure(LayoutContext ctx) => entries.Sum(e => Height(ctx, e, Lines(ctx, e).Count));

    public override void Render(LayoutContext ctx)
    {
        foreach (var entry in entries)
        {
            var font = Font(ctx, entry);
            var lines = Lines(ctx, entry);
            var lineHeight = font.GetHeight();
            ctx.EnsureSpace(Height(ctx, entry, lines.Count));
            ctx.Y += SpaceBefore(ctx, entry);
            var x = ctx.Left + Indent(entry);
            var top = ctx.Y;
            foreach (var line in lines)
            {
                ctx.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(x, ctx.Y), XStringFormats.TopLeft);
                ctx.Y += lineHeight;
            }
            var lastLineY = ctx.Y - lineHeight;
            var textEnd = x + ctx.Graphics.MeasureString(lines[^1], font).Width;
            var right = ctx.Left + ctx.Width;
            var row = new XRect(ctx.Left, top, ctx.Width, ctx.Y - top);
            var anchor = entry.Anchor;
            ctx.Deferred.Add((ctx.PageIndex, (gfx, page) =>
            {
                if (!ctx.AnchorPages.TryGetValue(anchor, out var target))
                {
                    throw new InvalidOperationException($"The contents point at \"{anchor}\", which no heading carries.");
                }
                var number = (target + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var numberLeft = right - gfx.MeasureString(number, font).Width;
                var baseline = lastLineY + lineHeight * 0.8;
                if (numberLeft - 6 > textEnd + 6)
                {
                    gfx.DrawLine(Leader, textEnd + 6, baseline, numberLeft - 6, baseline);
                }
                gfx.DrawString(number, font, XBrushes.Black, new XPoint(right, lastLineY), XStringFormats.TopRight);
                var link = page.AddDocumentLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(row)), target + 1);
                // PDFsharp names each annotation with a new GUID and stamps it with the time: both optional, both
                // would make the same report differ byte for byte.
                link.Elements.Remove("/NM");
                link.Elements.Remove("/M");
            }));
        }
    }

    private static XFont Font(LayoutContext ctx, ContentsEntry entry) => entry.Level <= 1 ? ctx.Fonts.BodyBold : ctx.Fonts.Body;

    private static double Indent(ContentsEntry entry) => (Math.Max(entry.Level, 1) - 1) * IndentPerLevel;

    private static double SpaceBefore(LayoutContext ctx, ContentsEntry entry) => (entry.Level <= 1 ? 8 : 2) * ctx.Fonts.Scale;

    private static double Height(LayoutContext ctx, ContentsEntry entry, int lines) =>
        SpaceBefore(ctx, entry) + lines * Font(ctx, entry).GetHeight();

    private static List<string> Lines(LayoutContext ctx, ContentsEntry entry) =>
        TextLayout.Wrap(ctx.Graphics, entry.Title, Font(ctx, entry), ctx.Width - Indent(entry) - NumberWidth - 12);
}
