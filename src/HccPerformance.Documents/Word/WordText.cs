using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HccPerformance.Documents.Word;

/// <summary>
/// Text into runs. Word has fallback fonts, so text outside the body font (Arabic, Chinese, emoji) is kept as typed and
/// Word shows it; only what XML cannot hold at all (control characters, half a surrogate pair) is replaced, since the
/// SDK refuses to write it and the file would not be made. A line break typed in the text stays a line break.
/// </summary>
internal static class WordText
{
    public const char Replacement = '\uFFFD';

    public static IEnumerable<OpenXmlElement> Runs(string text, bool bold = false)
    {
        var clean = Clean(text);
        var lines = clean.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (bold)
            {
                run.RunProperties = new RunProperties(new Bold(), new BoldComplexScript());
            }
            if (i > 0)
            {
                run.Append(new Break());
            }
            if (lines[i].Length > 0)
            {
                run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
            yield return run;
        }
    }

    /// <summary>The text as Word will hold it: line endings as "\n", tabs as spaces, and what XML cannot carry replaced.</summary>
    public static string Clean(string text)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            char? substitute = null;
            var skip = false;
            if (ch == '\r')
            {
                // "\r\n" is one line break; a lone "\r" is one too.
                substitute = i + 1 < text.Length && text[i + 1] == '\n' ? null : '\n';
                skip = substitute is null;
            }
            else if (ch == '\t')
            {
                substitute = ' ';
            }
            else if (ch != '\n' && (char.IsControl(ch) || ch is '\uFFFE' or '\uFFFF'))
            {
                substitute = Replacement;
            }
            else if (char.IsHighSurrogate(ch))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    result?.Append(ch).Append(text[i + 1]);
                    i++;
                    continue;
                }
                substitute = Replacement;
            }
            else if (char.IsLowSurrogate(ch))
            {
                substitute = Replacement;
            }

            if (substitute is null && !skip)
            {
                result?.Append(ch);
                continue;
            }
            result ??= new StringBuilder(text, 0, i, text.Length);
            if (substitute is { } s)
            {
                result.Append(s);
            }
        }
        return result?.ToString() ?? text;
    }
}
