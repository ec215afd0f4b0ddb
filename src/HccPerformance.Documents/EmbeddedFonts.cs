using System.Collections.Concurrent;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace HccPerformance.Documents;

/// <summary>
/// Resolves every font request to DejaVu Sans shipped inside this assembly, so a PDF never depends on
/// the fonts installed on the server (PDFsharp 6 on Linux has none of its own).
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lazy<byte[]> Regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("DejaVuSans-Bold.ttf"));

    // Any family name maps to DejaVu: an unknown name must not make PDFsharp look elsewhere. Italic is simulated.
    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => faceName == BoldFace ? Bold.Value : Regular.Value;

    private static byte[] Load(string resourceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Font resource {resourceName} is missing from the Documents assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>Sets PDFsharp's process-wide font resolver exactly once.</summary>
internal static class EmbeddedFonts
{
    private static readonly object Gate = new();
    private static bool registered;

    public static void EnsureRegistered()
    {
        // PDFsharp allows the resolver to be set only before the first font is used, hence the guard.
        lock (Gate)
        {
            if (registered)
            {
                return;
            }
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
            registered = true;
        }
    }
}

/// <summary>
/// Replaces characters the font has no glyph for (emoji, Han, ...), and right-to-left scripts it cannot lay out
/// (Arabic, Hebrew), with a visible "?" before drawing, because PDFsharp would otherwise draw nothing, an
/// invisible .notdef glyph, or letters in the wrong order.
/// </summary>
internal static class TextFallback
{
    public const string Replacement = "?";

    // Whether a face has a glyph, per face and code point, for the life of the process (the font files never change).
    private static readonly ConcurrentDictionary<(bool Bold, int CodePoint), bool> HasGlyph = new();

    public static string Sanitize(string text, XFont font)
    {
        StringBuilder? result = null;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            string? substitute = null;
            if (rune.Value == '\t')
            {
                substitute = " ";
            }
            else if (Rune.IsControl(rune))
            {
                substitute = rune.Value == '\n' ? null : string.Empty;
            }
            // Beyond the Basic Multilingual Plane (emoji, rare Han) PDFsharp 6.2.4 writes a broken ToUnicode entry,
            // so even glyphs DejaVu has (a few emoji) would copy and read back as garbage: replace them all.
            else if (rune.Value > 0xFFFF || (rune.Value > 0x7E && (IsRightToLeft(rune.Value) || !Has(rune.Value, font))))
            {
                substitute = Replacement;
            }

            if (substitute is not null)
            {
                result ??= new StringBuilder(text, 0, index, text.Length + 8);
                result.Append(substitute);
            }
            else
            {
                result?.Append(rune.ToString());
            }
            index += rune.Utf16SequenceLength;
        }
        return result?.ToString() ?? text;
    }

    // Hebrew, Arabic, Syriac, Thaana and N'Ko, and the Arabic and Hebrew presentation forms. DejaVu Sans has glyphs
    // for some, but PDFsharp neither joins Arabic letters nor runs text right to left: drawn as they come they would
    // read wrongly, which is worse than a plain fallback.
    private static bool IsRightToLeft(int codePoint) =>
        codePoint is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);

    // Printable ASCII is always in DejaVu Sans, so only other characters are looked up.
    private static bool Has(int codePoint, XFont font) =>
        HasGlyph.GetOrAdd((font.Bold, codePoint), static (key, f) => GlyphHelper.GlyphIndexFromCodePoint(key.CodePoint, f) != 0, font);
}
