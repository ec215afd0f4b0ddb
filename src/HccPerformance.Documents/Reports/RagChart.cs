using PdfSharp.Drawing;

namespace HccPerformance.Documents.Reports;

/// <summary>
/// RAG colours, always beside the word: the strong colours fill chart bars, the tints shade table cells whose text
/// says the status (black text on every tint has a contrast above 10:1).
/// </summary>
internal static class RagPalette
{
    public static readonly XColor Red = XColor.FromArgb(0xD4, 0x35, 0x1C);
    public static readonly XColor Amber = XColor.FromArgb(0xFF, 0xBF, 0x47);
    public static readonly XColor Green = XColor.FromArgb(0x00, 0x70, 0x3C);
    public static readonly XColor NoData = XColor.FromArgb(0xB1, 0xB4, 0xB6);

    /// <summary>A light shade for a table cell saying Red, Amber, Green or No data; null for any other text.</summary>
    public static XColor? Tint(string text) => text.Trim().ToUpperInvariant() switch
    {
        "RED" => XColor.FromArgb(0xF6, 0xD7, 0xD2),
        "AMBER" => XColor.FromArgb(0xFF, 0xEC, 0xC2),
        "GREEN" => XColor.FromArgb(0xCC, 0xE2, 0xD8),
        "NO DATA" or "NONE" or "NOT SET" => XColor.FromArgb(0xEE, 0xEF, 0xEF),
        _ => null,
    };

    public static readonly TableStyle ShadeColumn2 = new(Shade: (column, text) => column == 1 ? Tint(text) : null);
}

/// <summary>One bar of a RAG chart: what it counts and how many of each status.</summary>
internal sealed record RagBar(string Label, int Red, int Amber, int Green, int NoData)
{
    public int Total => Red + Amber + Green + NoData;

    /// <summary>The counts in words, so the chart never relies on colour alone.</summary>
    public string InWords => Total == 0
        ? "nothing to count"
        : $"{Red} red, {Amber} amber, {Green} green, {NoData} no data";
}

/// <summary>
/// Horizontal bars, one per row (a drawing each), each split into red, amber, green and no-data shares of its own total (so a tile of
/// ten measures compares with one of two hundred). Every share carries its number where it is wide enough, and every
/// bar has its counts in words beneath it.
/// </summary>
internal static class RagChart
{
    public const double RowHeight = 27;
    public const double LegendHeight = 16;
    private static readonly XPen Outline = new(XColor.FromArgb(90, 90, 90), 0.5);

    private static void DrawLegend(XGraphics gfx, XRect area)
    {
        var font = new XFont(EmbeddedFontResolver.FamilyName, 8);
        var x = area.X;
        foreach (var (name, colour) in Statuses())
        {
            gfx.DrawRectangle(Outline, new XSolidBrush(colour), new XRect(x, area.Y + 2, 10, 10));
            gfx.DrawString(name, font, XBrushes.Black, new XPoint(x + 14, area.Y + 2), XStringFormats.TopLeft);
            x += 24 + gfx.MeasureString(name, font).Width;
        }
        gfx.DrawString("Numbers on and below each bar give the counts.", font, XBrushes.Black, new XPoint(x + 10, area.Y + 2), XStringFormats.TopLeft);
    }

    /// <summary>
    /// Adds the chart to <paramref name="content"/> as one figure: the legend, then one drawing per bar, so a long chart
    /// breaks between bars. Its alternative text gives every bar's counts in words; <paramref name="what"/> says what
    /// the bars count ("how many of each tile's measures were red, amber, green or without data").
    /// </summary>
    public static ContentBuilder Chart(this ContentBuilder content, IReadOnlyList<RagBar> bars, string what) =>
        content.Figure(AlternativeText(bars, what), figure =>
        {
            figure.Drawing(LegendHeight, DrawLegend);
            foreach (var bar in bars)
            {
                figure.Drawing(RowHeight, (gfx, area) => DrawBar(gfx, area, bar));
            }
        });

    /// <summary>The chart in words: what it counts, then each bar's label and counts, in the order drawn.</summary>
    public static string AlternativeText(IReadOnlyList<RagBar> bars, string what) =>
        $"Bar chart of {what}. " + string.Join("; ", bars.Select(b => $"{b.Label}: {b.InWords}")) + ".";

    private static void DrawBar(XGraphics gfx, XRect area, RagBar bar)
    {
        var labelFont = new XFont(EmbeddedFontResolver.FamilyName, 8, XFontStyleEx.Bold);
        var countFont = new XFont(EmbeddedFontResolver.FamilyName, 7, XFontStyleEx.Bold);
        var wordsFont = new XFont(EmbeddedFontResolver.FamilyName, 7);
        var labelWidth = area.Width * 0.32;
        var barLeft = area.X + labelWidth + 8;
        var barWidth = area.Right - barLeft;
        const double BarHeight = 12;

        var label = TextLayout.Wrap(gfx, bar.Label, labelFont, labelWidth);
        for (var line = 0; line < Math.Min(2, label.Count); line++)
        {
            // A label longer than two lines ends with an ellipsis here; the table below the chart has it in full.
            var text = line == 1 && label.Count > 2 ? Ellipsis(gfx, label[1].TrimEnd(), labelFont, labelWidth) : label[line];
            gfx.DrawString(text, labelFont, XBrushes.Black, new XPoint(area.X, area.Y + line * labelFont.GetHeight()), XStringFormats.TopLeft);
        }

        var x = barLeft;
        if (bar.Total > 0)
        {
            foreach (var (count, colour, textBrush) in Shares(bar))
            {
                if (count == 0)
                {
                    continue;
                }
                var width = barWidth * count / bar.Total;
                var rect = new XRect(x, area.Y, width, BarHeight);
                gfx.DrawRectangle(new XSolidBrush(colour), rect);
                var number = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (gfx.MeasureString(number, countFont).Width + 4 <= width)
                {
                    gfx.DrawString(number, countFont, textBrush, rect, XStringFormats.Center);
                }
                x += width;
            }
        }
        gfx.DrawRectangle(Outline, new XRect(barLeft, area.Y, barWidth, BarHeight));
        gfx.DrawString(bar.InWords, wordsFont, XBrushes.Black, new XPoint(barLeft, area.Y + BarHeight + 1.5), XStringFormats.TopLeft);
    }

    private static IEnumerable<(string Name, XColor Colour)> Statuses() =>
        [("Red", RagPalette.Red), ("Amber", RagPalette.Amber), ("Green", RagPalette.Green), ("No data", RagPalette.NoData)];

    // White on the strong red and green, black on amber and grey: each above 4.5:1.
    private static IEnumerable<(int Count, XColor Colour, XBrush Text)> Shares(RagBar bar) =>
    [
        (bar.Red, RagPalette.Red, XBrushes.White),
        (bar.Amber, RagPalette.Amber, XBrushes.Black),
        (bar.Green, RagPalette.Green, XBrushes.White),
        (bar.NoData, RagPalette.NoData, XBrushes.Black),
    ];

    private static string Ellipsis(XGraphics gfx, string line, XFont font, double width)
    {
        var text = line;
        while (text.Length > 1 && gfx.MeasureString(text + "…", font).Width > width)
        {
            text = text[..^1];
        }
        return text + "…";
    }
}
