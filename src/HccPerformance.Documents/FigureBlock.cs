using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HccPerformance.Documents;

/// <summary>
/// A figure (a chart) made of blocks that may break between pages, tagged as one Figure whose alternative text
/// gives what it shows in words, so a screen reader user hears the same figures a sighted reader sees.
/// </summary>
internal sealed class FigureBlock(string alternativeText, IReadOnlyList<Block> blocks) : Block
{
    public override double Measure(LayoutContext ctx) => blocks.Sum(b => b.Measure(ctx));

    public override void Render(LayoutContext ctx)
    {
        // Start where the first part will be drawn, so the figure's box begins on the right page.
        if (blocks.Count > 0)
        {
            ctx.EnsureSpace(blocks[0].Measure(ctx));
        }
        var (page, top, left, width) = (ctx.PageIndex, ctx.Y, ctx.Left, ctx.Width);
        var figure = ctx.Tags.BeginFigure(alternativeText, new XRect(left, top, width, Measure(ctx)));
        var inFigure = ctx.InFigure;
        ctx.InFigure = true;
        foreach (var block in blocks)
        {
            block.Render(ctx);
        }
        ctx.InFigure = inFigure;
        ctx.Tags.End();
        if (figure is not null)
        {
            // The box is required for a figure on one page (and PDFsharp writes it in drawing coordinates, top down):
            // set it in the page's own coordinates, or leave it out for a figure that runs over a page break.
            StructureTags.SetBox(figure, ctx.PageIndex == page
                ? new PdfRectangle(ctx.Graphics.Transformer.WorldToDefaultPage(new XRect(left, top, width, Math.Max(ctx.Y - top, 0))))
                : null);
        }
    }
}
