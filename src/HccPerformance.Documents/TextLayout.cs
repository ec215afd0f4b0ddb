using PdfSharp.Drawing;

namespace HccPerformance.Documents;

/// <summary>Word wrapping by measured width; a word wider than the line is broken between characters.</summary>
internal static class TextLayout
{
    public static List<string> Wrap(XGraphics gfx, string text, XFont font, double maxWidth)
    {
        var lines = new List<string>();
        var clean = TextFallback.Sanitize(text.Replace("\r\n", "\n", StringComparison.Ordinal), font);
        var spaceWidth = gfx.MeasureString(" ", font).Width;

        foreach (var hardLine in clean.Split('\n'))
        {
            var current = string.Empty;
            var currentWidth = 0.0;
            foreach (var word in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = gfx.MeasureString(word, font).Width;
                if (current.Length > 0 && currentWidth + spaceWidth + wordWidth <= maxWidth)
                {
                    current += " " + word;
                    currentWidth += spaceWidth + wordWidth;
                    continue;
                }
                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                // A word too long for a whole line (a URL, a reference number) is cut, never run off the page.
                var rest = word;
                while (wordWidth > maxWidth)
                {
                    var cut = LongestFittingPrefix(gfx, rest, font, maxWidth);
                    lines.Add(rest[..cut]);
                    rest = rest[cut..];
                    wordWidth = gfx.MeasureString(rest, font).Width;
                }
                current = rest;
                currentWidth = wordWidth;
            }
            lines.Add(current);
        }
        return lines;
    }

    private static int LongestFittingPrefix(XGraphics gfx, string word, XFont font, double maxWidth)
    {
        int low = 1, high = word.Length - 1;
        var best = 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (gfx.MeasureString(word[..mid], font).Width <= maxWidth)
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
