using PdfSharp.Drawing;

namespace HccPerformance.Documents;

/// <summary>A piece of content that flows down the page and across page breaks.</summary>
internal abstract class Block
{
    /// <summary>Height laid out in one piece at the content width (used to keep blocks together).</summary>
    public abstract double Measure(LayoutContext ctx);

    public abstract void Render(LayoutContext ctx);
}

internal sealed class ParagraphBlock(string text, bool bold) : Block
{
    private const double SpaceAfter = 6;

    public override double Measure(LayoutContext ctx)
    {
        var font = bold ? ctx.Fonts.BodyBold : ctx.Fonts.Body;
        return TextLayout.Wrap(ctx.Graphics, text, font, ctx.Width).Count * font.GetHeight() + SpaceAfter;
    }

    public override void Render(LayoutContext ctx) =>
        DrawLines(ctx, bold ? ctx.Fonts.BodyBold : ctx.Fonts.Body, text, SpaceAfter);

    // A paragraph may break between any two lines.
    internal static void DrawLines(LayoutContext ctx, XFont font, string text, double spaceAfter)
    {
        var lineHeight = font.GetHeight();
        foreach (var line in TextLayout.Wrap(ctx.Graphics, text, font, ctx.Width))
        {
            ctx.EnsureSpace(lineHeight);
            ctx.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(ctx.Left, ctx.Y), XStringFormats.TopLeft);
            ctx.Y += lineHeight;
        }
        ctx.Y += spaceAfter;
    }
}

internal sealed class HeadingBlock(string text, int level) : Block
{
    public override double Measure(LayoutContext ctx)
    {
        var font = ctx.Fonts.Heading(level);
        return SpaceBefore(ctx) + TextLayout.Wrap(ctx.Graphics, text, font, ctx.Width).Count * font.GetHeight() + 4;
    }

    public override void Render(LayoutContext ctx)
    {
        var font = ctx.Fonts.Heading(level);
        // Keep a heading with at least two lines of what follows, so it is never alone at the foot of a page.
        ctx.EnsureSpace(Measure(ctx) + 2 * ctx.Fonts.Body.GetHeight());
        ctx.Y += SpaceBefore(ctx);
        ParagraphBlock.DrawLines(ctx, font, text, 4);
    }

    private double SpaceBefore(LayoutContext ctx) => ctx.AtTopOfPage ? 0 : 8;
}

internal sealed class SpacerBlock(double height) : Block
{
    public override double Measure(LayoutContext ctx) => height;

    public override void Render(LayoutContext ctx) => ctx.Y = Math.Min(ctx.Y + height, ctx.Bottom);
}

internal sealed class PageBreakBlock : Block
{
    public override double Measure(LayoutContext ctx) => 0;

    // No blank page when already at the top of a fresh page.
    public override void Render(LayoutContext ctx)
    {
        if (!ctx.AtTopOfPage)
        {
            ctx.NewPage();
        }
    }
}

/// <summary>Reserves a height and hands the area to a callback drawing vector graphics (charts).</summary>
internal sealed class DrawingBlock(double height, Action<XGraphics, XRect> draw) : Block
{
    public override double Measure(LayoutContext ctx) => Math.Min(height, ctx.FullHeight);

    public override void Render(LayoutContext ctx)
    {
        var h = Measure(ctx);
        ctx.EnsureSpace(h);
        var state = ctx.Graphics.Save();
        draw(ctx.Graphics, new XRect(ctx.Left, ctx.Y, ctx.Width, h));
        ctx.Graphics.Restore(state);
        ctx.Y += h;
    }
}

/// <summary>Moves its blocks whole to the next page when they do not fit; if they exceed a page they flow.</summary>
internal sealed class KeepTogetherBlock(IReadOnlyList<Block> blocks) : Block
{
    public override double Measure(LayoutContext ctx) => blocks.Sum(b => b.Measure(ctx));

    public override void Render(LayoutContext ctx)
    {
        var height = Measure(ctx);
        if (height <= ctx.FullHeight)
        {
            ctx.EnsureSpace(height);
        }
        foreach (var block in blocks)
        {
            block.Render(ctx);
        }
    }
}
