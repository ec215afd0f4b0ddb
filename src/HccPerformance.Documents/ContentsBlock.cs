using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace HccPerformance.Documents;

/// <summary>A line of the contents: the title shown and the anchor of the heading it points at.</summary>
public sealed record ContentsEntry(string Title, string Anchor, int Level = 1);

/// <summary>
/// The contents: each entry's title, a dotted leader and the page its anchored heading landed on (known from the
/// layout pass), the whole row a link to that page. Tagged as a TOC of TOCI entries, each a Reference holding the
/// Link. An anchor that never landed is a mistake in the report's composition and fails loudly rather than print a
/// wrong number.
/// </summary>
internal sealed class ContentsBlock(IReadOnlyList<ContentsEntry> entries) : Block
{
    private const double NumberWidth = 40;
    private const double IndentPerLevel = 18;
    private static readonly XPen Leader = new(XColor.FromArgb(120, 120, 120), 0.6) { DashStyle = XDashStyle.Dot };

    public override double Measure(LayoutContext ctx) => entries.Sum(e => Height(ctx, e, Lines(ctx, e).Count));

    public override void Render(LayoutContext ctx)
    {
        var tags = ctx.Draws ? ctx.Tags : null;
        tags?.Begin(PdfGroupingElementTag.TableOfContents);
        foreach (var entry in entries)
        {
            var font = Font(ctx, entry);
            var lines = Lines(ctx, entry);
            var lineHeight = font.GetHeight();
            ctx.EnsureSpace(Height(ctx, entry, lines.Count));
            ctx.Y += SpaceBefore(ctx, entry);
            if (ctx.Draws)
            {
                Draw(ctx, entry, lines, font);
            }
            ctx.Y += lines.Count * lineHeight;
        }
        tags?.End();
    }

    private static void Draw(LayoutContext ctx, ContentsEntry entry, List<string> lines, XFont font)
    {
        if (!ctx.Plan!.AnchorPages.TryGetValue(entry.Anchor, out var target))
        {
            throw new InvalidOperationException($"The contents point at \"{entry.Anchor}\", which no heading carries.");
        }
        var gfx = ctx.Graphics;
        var lineHeight = font.GetHeight();
        var x = ctx.Left + Indent(entry);
        var top = ctx.Y;
        var lastLineY = top + (lines.Count - 1) * lineHeight;
        var textEnd = x + gfx.MeasureString(lines[^1], font).Width;
        var right = ctx.Left + ctx.Width;
        var number = (target + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var numberLeft = right - gfx.MeasureString(number, font).Width;
        var baseline = lastLineY + lineHeight * 0.8;
        var row = new XRect(ctx.Left, top, ctx.Width, lines.Count * lineHeight);

        var link = PdfLinkAnnotation.CreateDocumentLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(row)), target + 1);
        ctx.Tags.Begin(PdfGroupingElementTag.TableOfContentsItem);
        ctx.Tags.Begin(PdfInlineLevelElementTag.Reference);
        ctx.Tags.BeginLink(link, $"{entry.Title}, page {number}");
        // PDFsharp may name an annotation with a new GUID and stamp it with the time: both optional, both would make
        // the same report differ byte for byte.
        link.Elements.Remove("/NM");
        link.Elements.Remove("/M");
        var y = top;
        foreach (var line in lines)
        {
            gfx.DrawString(line, font, XBrushes.Black, new XPoint(x, y), XStringFormats.TopLeft);
            y += lineHeight;
        }
        if (numberLeft - 6 > textEnd + 6)
        {
            ctx.Tags.BeginArtifact();
            gfx.DrawLine(Leader, textEnd + 6, baseline, numberLeft - 6, baseline);
            ctx.Tags.End();
        }
        gfx.DrawString(number, font, XBrushes.Black, new XPoint(right, lastLineY), XStringFormats.TopRight);
        ctx.Tags.End();
        ctx.Tags.End();
        ctx.Tags.End();
    }

    private static XFont Font(LayoutContext ctx, ContentsEntry entry) => entry.Level <= 1 ? ctx.Fonts.BodyBold : ctx.Fonts.Body;

    private static double Indent(ContentsEntry entry) => (Math.Max(entry.Level, 1) - 1) * IndentPerLevel;

    private static double SpaceBefore(LayoutContext ctx, ContentsEntry entry) => (entry.Level <= 1 ? 8 : 2) * ctx.Fonts.Scale;

    private static double Height(LayoutContext ctx, ContentsEntry entry, int lines) =>
        SpaceBefore(ctx, entry) + lines * Font(ctx, entry).GetHeight();

    private static List<string> Lines(LayoutContext ctx, ContentsEntry entry) =>
        TextLayout.Wrap(ctx.Measurer, entry.Title, Font(ctx, entry), ctx.Width - Indent(entry) - NumberWidth - 12);
}
