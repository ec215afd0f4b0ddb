using PdfSharp.Drawing;

namespace HccPerformance.Documents;

/// <summary>
/// A table with relative column widths. The header row is repeated on every page the table spans; a row moves
/// whole to the next page, and only a row taller than a page is split (between lines of text). Numbers may be
/// right-aligned, and a cell may be shaded by its text (a RAG status: the word stays, the colour only adds to it).
/// </summary>
internal sealed class TableBlock(double[] relativeWidths, string[] header, IReadOnlyList<string[]> rows, TableStyle? style = null) : Block
{
    private const double Padding = 3;
    private static readonly XPen Border = new(XColor.FromArgb(160, 160, 160), 0.5);
    private static readonly XSolidBrush HeaderFill = new(XColor.FromArgb(230, 230, 230));

    // The cells wrapped at the last size and width laid out: a table is measured and then drawn at the same.
    private ReportFonts? laidOutFonts;
    private double laidOutWidth;
    private double[] widths = [];
    private List<string>[] headerCells = [];
    private List<string>[][] rowCells = [];

    public override double Measure(LayoutContext ctx)
    {
        LayOut(ctx);
        var height = header.Length > 0 ? RowHeight(headerCells, ctx.Fonts.BodyBold) : 0;
        foreach (var cells in rowCells)
        {
            height += RowHeight(cells, ctx.Fonts.Body);
        }
        return height + 6;
    }

    public override void Render(LayoutContext ctx)
    {
        LayOut(ctx);
        var headerLines = headerCells;
        var headerHeight = header.Length > 0 ? RowHeight(headerLines, ctx.Fonts.BodyBold) : 0;
        var lineHeight = ctx.Fonts.Body.GetHeight();

        // The header never stands alone at the foot of a page: it needs room for one line of the first row.
        ctx.EnsureSpace(headerHeight + lineHeight + 2 * Padding);
        DrawHeader();

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = rowCells[r];
            var height = RowHeight(cells, ctx.Fonts.Body);
            if (!ctx.Fitted && height > ctx.Available && headerHeight + height <= ctx.FullHeight)
            {
                NextPage();
            }
            DrawRow(row, cells, height);
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
                DrawCells(header, headerLines, 0, int.MaxValue, headerHeight, ctx.Fonts.BodyBold, isHeader: true);
            }
        }

        void DrawRow(string[] row, List<string>[] cells, double height)
        {
            if (ctx.Fitted || height <= ctx.Available + 0.01)
            {
                DrawCells(row, cells, 0, int.MaxValue, height, ctx.Fonts.Body, isHeader: false);
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
                DrawCells(row, cells, start, count, count * lineHeight + 2 * Padding, ctx.Fonts.Body, isHeader: false);
                start += count;
                if (start < maxLines)
                {
                    NextPage();
                }
            }
        }

        void DrawCells(string[] texts, List<string>[] cells, int firstLine, int lineCount, double height, XFont font, bool isHeader)
        {
            var x = ctx.Left;
            for (var i = 0; i < widths.Length; i++)
            {
                var rect = new XRect(x, ctx.Y, widths[i], height);
                var shade = isHeader ? HeaderFill.Color : style?.Shade?.Invoke(i, i < texts.Length ? texts[i] : string.Empty);
                if (shade is { } colour)
                {
                    ctx.Graphics.DrawRectangle(new XSolidBrush(colour), rect);
                }
                ctx.Graphics.DrawRectangle(Border, rect);
                var y = ctx.Y + Padding;
                var rightAligned = style?.RightAligned?.Contains(i) == true;
                foreach (var line in cells[i].Skip(firstLine).Take(lineCount))
                {
                    if (rightAligned)
                    {
                        ctx.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(x + widths[i] - Padding, y), XStringFormats.TopRight);
                    }
                    else
                    {
                        ctx.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(x + Padding, y), XStringFormats.TopLeft);
                    }
                    y += font.GetHeight();
                }
                x += widths[i];
            }
            ctx.Y += height;
        }
    }

    private void LayOut(LayoutContext ctx)
    {
        if (ReferenceEquals(laidOutFonts, ctx.Fonts) && laidOutWidth == ctx.Width)
        {
            return;
        }
        var sum = relativeWidths.Sum();
        widths = [.. relativeWidths.Select(w => ctx.Width * w / sum)];
        headerCells = Layout(ctx, header, ctx.Fonts.BodyBold);
        rowCells = [.. rows.Select(row => Layout(ctx, row, ctx.Fonts.Body))];
        laidOutFonts = ctx.Fonts;
        laidOutWidth = ctx.Width;
    }

    private List<string>[] Layout(LayoutContext ctx, string[] cells, XFont font)
    {
        var laid = new List<string>[widths.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            laid[i] = TextLayout.Wrap(ctx.Graphics, i < cells.Length ? cells[i] : string.Empty, font, widths[i] - 2 * Padding);
        }
        return laid;
    }

    private static double RowHeight(List<string>[] cells, XFont font)
    {
        var lines = 0;
        foreach (var cell in cells)
        {
            lines = Math.Max(lines, cell.Count);
        }
        return lines * font.GetHeight() + 2 * Padding;
    }
}

/// <summary>Optional looks of a table: which columns are right-aligned (numbers) and how a body cell is shaded.</summary>
/// <param name="RightAligned">Zero-based column indexes.</param>
/// <param name="Shade">Given the column index and the cell's text, a fill colour or null.</param>
public sealed record TableStyle(IReadOnlyCollection<int>? RightAligned = null, Func<int, string, XColor?>? Shade = null);
