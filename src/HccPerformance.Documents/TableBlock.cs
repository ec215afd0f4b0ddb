using PdfSharp.Drawing;

namespace HccPerformance.Documents;

/// <summary>
/// A table with relative column widths. The header row is repeated on every page the table spans; a row moves
/// whole to the next page, and only a row taller than a page is split (between lines of text).
/// </summary>
internal sealed class TableBlock(double[] relativeWidths, string[] header, IReadOnlyList<string[]> rows) : Block
{
    private const double Padding = 3;
    private static readonly XPen Border = new(XColor.FromArgb(160, 160, 160), 0.5);
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(230, 230, 230));

    public override double Measure(LayoutContext ctx)
    {
        var widths = ColumnWidths(ctx.Width);
        var height = header.Length > 0 ? RowHeight(ctx, Layout(ctx, header, widths, ctx.Fonts.BodyBold), ctx.Fonts.BodyBold) : 0;
        foreach (var row in rows)
        {
            height += RowHeight(ctx, Layout(ctx, row, widths, ctx.Fonts.Body), ctx.Fonts.Body);
        }
        return height + 6;
    }

    public override void Render(LayoutContext ctx)
    {
        var widths = ColumnWidths(ctx.Width);
        var headerLines = Layout(ctx, header, widths, ctx.Fonts.BodyBold);
        var headerHeight = header.Length > 0 ? RowHeight(ctx, headerLines, ctx.Fonts.BodyBold) : 0;
        var lineHeight = ctx.Fonts.Body.GetHeight();

        // The header never stands alone at the foot of a page: it needs room for one line of the first row.
        ctx.EnsureSpace(headerHeight + lineHeight + 2 * Padding);
        DrawHeader();

        foreach (var row in rows)
        {
            var cells = Layout(ctx, row, widths, ctx.Fonts.Body);
            var height = RowHeight(ctx, cells, ctx.Fonts.Body);
            if (height > ctx.Available && headerHeight + height <= ctx.FullHeight)
            {
                NextPage();
            }
            DrawRow(cells, height);
        }
        ctx.Y += 6;

        void NextPage()
        {
            ctx.NewPage();
            DrawHeader();
        }

        void DrawHeader()
        {
            if (header.Length > 0)
            {
                DrawCells(headerLines, 0, int.MaxValue, headerHeight, ctx.Fonts.BodyBold, HeaderFill);
            }
        }

        void DrawRow(List<string>[] cells, double height)
        {
            if (height <= ctx.Available + 0.01)
            {
                DrawCells(cells, 0, int.MaxValue, height, ctx.Fonts.Body, null);
                return;
            }
            // Taller than a page: split between lines, repeating the header on each page.
            var maxLines = cells.Max(c => c.Count);
            var start = 0;
            while (start < maxLines)
            {
                var fit = (int)Math.Floor((ctx.Available - 2 * Padding) / lineHeight);
                if (fit <= 0)
                {
                    // Only below the header of a fresh page may we force a line in, so the loop always ends.
                    if (ctx.Y > ctx.Top + headerHeight + 0.01)
                    {
                        NextPage();
                        continue;
                    }
                    fit = 1;
                }
                var count = Math.Min(fit, maxLines - start);
                DrawCells(cells, start, count, count * lineHeight + 2 * Padding, ctx.Fonts.Body, null);
                start += count;
                if (start < maxLines)
                {
                    NextPage();
                }
            }
        }

        void DrawCells(List<string>[] cells, int firstLine, int lineCount, double height, XFont font, XBrush? fill)
        {
            var x = ctx.Left;
            for (var i = 0; i < widths.Length; i++)
            {
                var rect = new XRect(x, ctx.Y, widths[i], height);
                if (fill is not null)
                {
                    ctx.Graphics.DrawRectangle(fill, rect);
                }
                ctx.Graphics.DrawRectangle(Border, rect);
                var y = ctx.Y + Padding;
                foreach (var line in cells[i].Skip(firstLine).Take(lineCount))
                {
                    ctx.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(x + Padding, y), XStringFormats.TopLeft);
                    y += font.GetHeight();
                }
                x += widths[i];
            }
            ctx.Y += height;
        }
    }

    private double[] ColumnWidths(double total)
    {
        var sum = relativeWidths.Sum();
        return relativeWidths.Select(w => total * w / sum).ToArray();
    }

    private static List<string>[] Layout(LayoutContext ctx, string[] cells, double[] widths, XFont font) =>
        widths.Select((w, i) => TextLayout.Wrap(ctx.Graphics, i < cells.Length ? cells[i] : string.Empty, font, w - 2 * Padding))
            .ToArray();

    private static double RowHeight(LayoutContext ctx, List<string>[] cells, XFont font) =>
        cells.Max(c => c.Count) * font.GetHeight() + 2 * Padding;
}
