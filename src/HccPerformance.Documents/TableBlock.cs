using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace HccPerformance.Documents;

/// <summary>
/// A table with relative column widths. The header row is repeated on every page the table spans; a row moves
/// whole to the next page, and only a row taller than a page is split (between lines of text). Numbers may be
/// right-aligned, and a cell may be shaded by its text (a RAG status: the word stays, the colour only adds to it).
/// Tagged as a Table: the header row's cells are TH for their column, the others TD; borders, shading and the
/// header repeated on a later page are artifacts. A row taller than a page is tagged as one row per page it spans.
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
        var tags = ctx.Draws ? ctx.Tags : null;
        tags?.Begin(PdfBlockLevelElementTag.Table);
        if (header.Length > 0)
        {
            tags?.Begin(PdfBlockLevelElementTag.TableHeadRowGroup);
            DrawHeader(repeated: false);
            tags?.End();
        }
        // A table of no rows has no body to tag.
        var body = rows.Count > 0 ? tags : null;
        body?.Begin(PdfBlockLevelElementTag.TableBodyRowGroup);

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
        body?.End();
        tags?.End();
        ctx.Y += 6;

        void NextPage()
        {
            ctx.NewPage();
            DrawHeader(repeated: true);
        }

        // The header repeated on a later page is for the eye: the table's structure has it once.
        void DrawHeader(bool repeated)
        {
            if (header.Length == 0)
            {
                return;
            }
            if (repeated)
            {
                tags?.BeginArtifact();
                DrawCells(header, headerLines, 0, int.MaxValue, headerHeight, ctx.Fonts.BodyBold, TableCell.Repeated);
                tags?.End();
                return;
            }
            tags?.Begin(PdfBlockLevelElementTag.TableRow);
            DrawCells(header, headerLines, 0, int.MaxValue, headerHeight, ctx.Fonts.BodyBold, TableCell.Header);
            tags?.End();
        }

        void DrawRow(string[] row, List<string>[] cells, double height)
        {
            if (ctx.Fitted || height <= ctx.Available + 0.01)
            {
                tags?.Begin(PdfBlockLevelElementTag.TableRow);
                DrawCells(row, cells, 0, int.MaxValue, height, ctx.Fonts.Body, TableCell.Data);
                tags?.End();
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
                tags?.Begin(PdfBlockLevelElementTag.TableRow);
                DrawCells(row, cells, start, count, count * lineHeight + 2 * Padding, ctx.Fonts.Body, TableCell.Data);
                tags?.End();
                start += count;
                if (start < maxLines)
                {
                    NextPage();
                }
            }
        }

        void DrawCells(string[] texts, List<string>[] cells, int firstLine, int lineCount, double height, XFont font, TableCell kind)
        {
            if (!ctx.Draws)
            {
                ctx.Y += height;
                return;
            }
            var x = ctx.Left;
            for (var i = 0; i < widths.Length; i++)
            {
                var text = i < texts.Length ? texts[i] : string.Empty;
                if (kind == TableCell.Header)
                {
                    ctx.Tags.BeginColumnHeader();
                }
                else if (kind == TableCell.Data)
                {
                    ctx.Tags.Begin(PdfBlockLevelElementTag.TableDataCell);
                }
                if (kind != TableCell.Repeated && firstLine == 0 && lineCount >= cells[i].Count)
                {
                    ctx.Tags.ActualTextIfFallback(text, font);
                }
                var rect = new XRect(x, ctx.Y, widths[i], height);
                var shade = kind != TableCell.Data ? HeaderFill.Color : style?.Shade?.Invoke(i, text);
                if (kind != TableCell.Repeated)
                {
                    ctx.Tags.BeginArtifact();
                }
                if (shade is { } colour)
                {
                    ctx.Graphics.DrawRectangle(new XSolidBrush(colour), rect);
                }
                ctx.Graphics.DrawRectangle(Border, rect);
                if (kind != TableCell.Repeated)
                {
                    ctx.Tags.End();
                }
                var y = ctx.Y + Padding;
                var rightAligned = style?.RightAligned?.Contains(i) == true;
                foreach (var line in cells[i].Skip(firstLine).Take(lineCount))
                {
                    if (rightAligned)
                    {
                        // The space a wrapped line ends with goes into the padding, so the figures still line up on the right.
                        var trailing = line.EndsWith(' ') ? FontMetrics.Width(ctx.Graphics, " ", font) : 0;
                        ctx.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(x + widths[i] - Padding + trailing, y), XStringFormats.TopRight);
                    }
                    else
                    {
                        ctx.Graphics.DrawString(line, font, XBrushes.Black, new XPoint(x + Padding, y), XStringFormats.TopLeft);
                    }
                    y += font.GetHeight();
                }
                if (kind != TableCell.Repeated)
                {
                    ctx.Tags.End();
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
            laid[i] = TextLayout.Wrap(ctx.Measurer, i < cells.Length ? cells[i] : string.Empty, font, widths[i] - 2 * Padding);
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
