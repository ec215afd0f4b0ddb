using PdfSharp.Drawing;

namespace HccPerformance.Documents;

/// <summary>Word wrapping by measured width; a word wider than the line is broken between characters.</summary>
internal static class TextLayout
{
    public static List<string> Wrap(XGraphics gfx, string text, XFont font, double maxWidth)
    {
        var lines = new List<string>();
        var clean = TextFallback.Sanitize(text.Replace("\r\n", "\n", StringComparison.Ordinal), font);
        var spaceWidth = FontMetrics.Width(gfx, " ", font);

        var hardStart = 0;
        while (hardStart <= clean.Length)
        {
            var hardEnd = clean.IndexOf('\n', hardStart);
            if (hardEnd < 0)
            {
                hardEnd = clean.Length;
            }
            WrapLine(gfx, clean, hardStart, hardEnd, font, maxWidth, spaceWidth, lines);
            hardStart = hardEnd + 1;
        }
        return lines;
    }

    // Lines are slices of the text between word boundaries, so the spaces inside a line are the writer's own.
    private static void WrapLine(XGraphics gfx, string text, int start, int end, XFont font, double maxWidth, double spaceWidth, List<string> lines)
    {
        int lineStart = -1, lineEnd = -1;
        var lineWidth = 0.0;
        var i = start;
        while (i < end)
        {
            var gapStart = i;
            while (i < end && text[i] == ' ')
            {
                i++;
            }
            if (i >= end)
            {
                break;
            }
            var gap = (i - gapStart) * spaceWidth;
            var wordStart = i;
            while (i < end && text[i] != ' ')
            {
                i++;
            }
            var wordWidth = FontMetrics.Width(gfx, text.AsSpan(wordStart, i - wordStart), font);
            if (lineStart >= 0 && lineWidth + gap + wordWidth <= maxWidth)
            {
                lineEnd = i;
                lineWidth += gap + wordWidth;
                continue;
            }
            if (lineStart >= 0)
            {
                // The space the line breaks at stays at its end: invisible, but text read out of the PDF (a screen
                // reader, copy and paste) keeps the last word of a line apart from the first of the next.
                lines.Add(text[lineStart..(lineEnd + 1)]);
            }

            // A word too long for a whole line (a URL, a reference number) is cut, never run off the page.
            while (wordWidth > maxWidth && i - wordStart > 1)
            {
                var cut = LongestFittingPrefix(gfx, text.AsSpan(wordStart, i - wordStart), font, maxWidth);
                lines.Add(text.Substring(wordStart, cut));
                wordStart += cut;
                wordWidth = FontMetrics.Width(gfx, text.AsSpan(wordStart, i - wordStart), font);
            }
            lineStart = wordStart;
            lineEnd = i;
            lineWidth = wordWidth;
        }
        lines.Add(lineStart >= 0 ? text[lineStart..lineEnd] : string.Empty);
    }

    private static int LongestFittingPrefix(XGraphics gfx, ReadOnlySpan<char> word, XFont font, double maxWidth)
    {
        int low = 1, high = word.Length - 1;
        var best = 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (FontMetrics.Width(gfx, word[..mid], font) <= maxWidth)
            {
                best = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        // Never split a surrogate pair; at least one whole character per line.
        if (char.IsHighSurrogate(word[best - 1]))
        {
            best = best > 1 ? best - 1 : Math.Min(2, word.Length);
        }
        return best;
    }
}

/// <summary>
/// Text widths from each character's advance, kept per face for the life of the process. PDFsharp measures a string
/// as the sum of its characters' advances (no kerning), so the sum of cached one-character widths is the same width,
/// without PDFsharp's per-call work: wrapping a 40-page report measures tens of thousands of words.
/// </summary>
internal static class FontMetrics
{
    private const double ReferenceSize = 1000;

    // Advance widths in ems for every UTF-16 code unit, per face (regular, bold); NaN until first measured. Racing
    // threads can only both write the same value.
    private static readonly double[][] EmWidths = [NewTable(), NewTable()];

    public static double Width(XGraphics gfx, ReadOnlySpan<char> text, XFont font)
    {
        var table = EmWidths[font.Bold ? 1 : 0];
        var em = 0.0;
        foreach (var ch in text)
        {
            var width = table[ch];
            if (double.IsNaN(width))
            {
                var reference = new XFont(EmbeddedFontResolver.FamilyName, ReferenceSize, font.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                width = gfx.MeasureString(ch.ToString(), reference).Width / ReferenceSize;
                table[ch] = width;
            }
            em += width;
        }
        return em * font.Size;
    }

    private static double[] NewTable()
    {
        var table = new double[char.MaxValue + 1];
        Array.Fill(table, double.NaN);
        return table;
    }
}

/// <summary>The last wrapping of one text, kept because a block is measured and then drawn at the same size.</summary>
internal sealed class WrapMemo(string text)
{
    private XFont? font;
    private double width;
    private List<string> lines = [];

    public List<string> Lines(XGraphics gfx, XFont withFont, double maxWidth)
    {
        if (!ReferenceEquals(font, withFont) || width != maxWidth)
        {
            lines = TextLayout.Wrap(gfx, text, withFont, maxWidth);
            font = withFont;
            width = maxWidth;
        }
        return lines;
    }
}
