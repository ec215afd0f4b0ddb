using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace HccPerformance.Documents;

/// <summary>A piece of content that flows down the page and across page breaks.</summary>
internal abstract class Block
{
    /// <summary>
    /// Height laid out in one piece at the content width (used to keep blocks together and to fit a page). Never
    /// less than what <see cref="Render"/> uses, so a measured fit is a real one.
    /// </summary>
    public abstract double Measure(LayoutContext ctx);

    public abstract void Render(LayoutContext ctx);
}

/// <summary>How a paragraph looks: size (relative to the body), weight, a hanging indent with a marker, space below.</summary>
public sealed record TextStyle
{
    public static readonly TextStyle Body = new();

    /// <summary>Size as a share of the body size (1 = body), so it shrinks with a fitted page.</summary>
    public double Size { get; init; } = 1;

    public bool Bold { get; init; }

    /// <summary>Left indent in points at the body size; the marker is drawn in it.</summary>
    public double Indent { get; init; }

    /// <summary>Drawn in the indent of the first line, ending just before the text: a bullet, an item number.</summary>
    public string? Marker { get; init; }

    /// <summary>Space below, in points at the body size.</summary>
    public double SpaceAfter { get; init; } = 6;
}

/// <summary>A paragraph (tagged P); with a marker it is a list item, gathered into a <see cref="ListBlock"/> by the builder.</summary>
internal sealed class ParagraphBlock(string text, TextStyle style) : Block
{
    private readonly WrapMemo wrapped = new(text);

    public TextStyle Style => style;

    public override double Measure(LayoutContext ctx)
    {
        var font = ctx.Fonts.Font(style.Size, style.Bold);
        return Lines(ctx, font).Count * font.GetHeight() + style.SpaceAfter * ctx.Fonts.Scale;
    }

    public override void Render(LayoutContext ctx) => Render(ctx, asListItem: false);

    /// <summary>
    /// As a list item the marker is tagged Lbl and the text LBody, and the LBody is left open for a list nested in
    /// it: the <see cref="ListBlock"/> ends it.
    /// </summary>
    public void Render(LayoutContext ctx, bool asListItem)
    {
        var font = ctx.Fonts.Font(style.Size, style.Bold);
        var indent = style.Indent * ctx.Fonts.Scale;
        var lineHeight = font.GetHeight();
        var tagged = ctx.Draws;
        if (tagged && !asListItem)
        {
            ctx.Tags.Begin(PdfBlockLevelElementTag.Paragraph);
            ctx.Tags.ActualTextIfFallback(text, font);
        }
        var first = true;
        foreach (var line in Lines(ctx, font))
        {
            ctx.EnsureSpace(lineHeight);
            if (tagged)
            {
                if (first && style.Marker is not null)
                {
                    if (asListItem)
                    {
                        ctx.Tags.Begin(PdfBlockLevelElementTag.Label);
                    }
                    var markerRight = ctx.Left + Math.Max(indent - 4 * ctx.Fonts.Scale, 0);
                    ctx.Graphics.DrawString(TextFallback.Sanitize(style.Marker, font), font, XBrushes.Black, new XPoint(markerRight, ctx.Y), XStringFormats.TopRight);
                    if (asListItem)
                    {
                        ctx.Tags.End();
                        ctx.Tags.Begin(PdfBlockLevelElementTag.ListBody);
                        ctx.Tags.ActualTextIfFallback(text, font);
                    }
                }
                ctx.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(ctx.Left + indent, ctx.Y), XStringFormats.TopLeft);
            }
            ctx.Y += lineHeight;
            first = false;
        }
        if (tagged && !asListItem)
        {
            ctx.Tags.End();
        }
        ctx.Y += style.SpaceAfter * ctx.Fonts.Scale;
    }

    private List<string> Lines(LayoutContext ctx, XFont font) =>
        wrapped.Lines(ctx.Measurer, font, ctx.Width - style.Indent * ctx.Fonts.Scale);
}

/// <summary>A heading; with an anchor it is listed in the outline and its page is known to the contents.</summary>
internal sealed class HeadingBlock(string text, int level, string? anchor = null) : Block
{
    private readonly WrapMemo wrapped = new(text);

    // Measured with the space above it even at the top of a page, where it is left out: a slight overestimate only.
    public override double Measure(LayoutContext ctx) =>
        SpaceBefore(ctx) + Lines(ctx).Count * ctx.Fonts.Heading(level).GetHeight() + SpaceAfter(ctx);

    public override void Render(LayoutContext ctx)
    {
        var font = ctx.Fonts.Heading(level);
        // Keep a heading with at least two lines of what follows, so it is never alone at the foot of a page.
        ctx.EnsureSpace(Measure(ctx) + 2 * ctx.Fonts.Body.GetHeight());
        if (!ctx.AtTopOfPage)
        {
            ctx.Y += SpaceBefore(ctx);
        }
        if (anchor is not null)
        {
            ctx.MarkAnchor(anchor, text, level);
        }
        var tag = ctx.Tags.HeadingTag(level);
        if (ctx.Draws)
        {
            ctx.Tags.Begin(tag);
            ctx.Tags.ActualTextIfFallback(text, font);
        }
        foreach (var line in Lines(ctx))
        {
            if (ctx.Draws)
            {
                ctx.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(ctx.Left, ctx.Y), XStringFormats.TopLeft);
            }
            ctx.Y += font.GetHeight();
        }
        if (ctx.Draws)
        {
            ctx.Tags.End();
        }
        ctx.Y += SpaceAfter(ctx);
    }

    private List<string> Lines(LayoutContext ctx) => wrapped.Lines(ctx.Measurer, ctx.Fonts.Heading(level), ctx.Width);

    private double SpaceBefore(LayoutContext ctx) => (level >= 4 ? 4 : 8) * ctx.Fonts.Scale;

    private double SpaceAfter(LayoutContext ctx) => (level >= 4 ? 2 : 4) * ctx.Fonts.Scale;
}

/// <summary>
/// An entry in the outline and the contents with no heading drawn (a section whose pages carry their own); in the
/// tagged structure it is still the section's heading, so the tagged outline matches the contents.
/// </summary>
internal sealed class AnchorBlock(string key, string title, int level) : Block
{
    public override double Measure(LayoutContext ctx) => 0;

    public override void Render(LayoutContext ctx)
    {
        ctx.MarkAnchor(key, title, level);
        ctx.Tags.HeadingWithoutText(title, level);
    }
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

/// <summary>
/// Reserves a height and hands the area to a callback drawing vector graphics: a decoration (an artifact, not read)
/// unless it is part of a <see cref="FigureBlock"/>, whose alternative text says what it shows.
/// </summary>
internal sealed class DrawingBlock(double height, Action<XGraphics, XRect> draw) : Block
{
    public override double Measure(LayoutContext ctx) => Math.Min(height, ctx.FullHeight);

    public override void Render(LayoutContext ctx)
    {
        var h = Measure(ctx);
        ctx.EnsureSpace(h);
        if (ctx.Draws)
        {
            var decoration = !ctx.InFigure;
            if (decoration)
            {
                ctx.Tags.BeginArtifact();
            }
            var state = ctx.Graphics.Save();
            draw(ctx.Graphics, new XRect(ctx.Left, ctx.Y, ctx.Width, h));
            ctx.Graphics.Restore(state);
            if (decoration)
            {
                ctx.Tags.End();
            }
        }
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

/// <summary>
/// A page of its own that must hold its blocks: drawn at the body size if they fit, else at the largest smaller size
/// (in half points, down to <paramref name="minimumSize"/>) that fits. If even that cannot hold them, nothing is cut
/// off: they flow on at the smallest size, the page saying "Continued on the next page" and the next
/// "<paramref name="title"/> (continued)". What follows starts on a new page.
/// </summary>
internal sealed class OnePageBlock(string title, IReadOnlyList<Block> blocks, double minimumSize) : Block
{
    public override double Measure(LayoutContext ctx) => ctx.FullHeight;

    public override void Render(LayoutContext ctx)
    {
        if (!ctx.AtTopOfPage)
        {
            ctx.NewPage();
        }
        var original = ctx.Fonts;
        try
        {
            for (var size = original.Size; size >= minimumSize - 0.01; size -= 0.5)
            {
                ctx.Fonts = ctx.FontsAt(size);
                if (blocks.Sum(b => b.Measure(ctx)) <= ctx.Available)
                {
                    ctx.Fitted = true;
                    RenderAll(ctx);
                    return;
                }
            }
            ctx.Fonts = ctx.FontsAt(minimumSize);
            ctx.BeginContinuation(title);
            RenderAll(ctx);
            ctx.EndContinuation();
        }
        finally
        {
            ctx.Fitted = false;
            ctx.Fonts = original;
            // The page is the block's: whatever comes next starts on a new one.
            ctx.Y = ctx.Bottom;
        }
    }

    private void RenderAll(LayoutContext ctx)
    {
        foreach (var block in blocks)
        {
            block.Render(ctx);
        }
    }
}

/// <summary>
/// Two columns side by side, each half the width less a gap, as tall as the taller. They are kept together; if they
/// cannot fit on a page they are drawn one after the other at the full width instead, so nothing is ever cut off.
/// </summary>
internal sealed class ColumnsBlock(IReadOnlyList<Block> left, IReadOnlyList<Block> right) : Block
{
    private const double Gap = 14;

    public override double Measure(LayoutContext ctx) => InColumns(ctx, () => Math.Max(left.Sum(b => b.Measure(ctx)), Height(ctx)));

    public override void Render(LayoutContext ctx)
    {
        var height = Measure(ctx);
        if (!ctx.Fitted && height > ctx.FullHeight)
        {
            foreach (var block in left.Concat(right))
            {
                block.Render(ctx);
            }
            return;
        }
        ctx.EnsureSpace(height);
        var top = ctx.Y;
        var bottom = top;
        // Measured to fit from here: nothing inside may open a page (and so lose the column).
        var fitted = ctx.Fitted;
        ctx.Fitted = true;
        InColumns(ctx, () =>
        {
            foreach (var block in left)
            {
                block.Render(ctx);
            }
            bottom = ctx.Y;
            ctx.Y = top;
            ctx.Left += ctx.Width + Gap;
            foreach (var block in right)
            {
                block.Render(ctx);
            }
            return 0;
        });
        ctx.Fitted = fitted;
        ctx.Y = Math.Max(bottom, ctx.Y);
    }

    private double Height(LayoutContext ctx) => right.Sum(b => b.Measure(ctx));

    // Runs with the left column's edge and width in force, then restores the full width.
    private static double InColumns(LayoutContext ctx, Func<double> action)
    {
        var (x, width) = (ctx.Left, ctx.Width);
        ctx.Width = (width - Gap) / 2;
        try
        {
            return action();
        }
        finally
        {
            (ctx.Left, ctx.Width) = (x, width);
        }
    }
}
