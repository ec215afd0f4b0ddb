using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace HccPerformance.UnitTests.Documents;

/// <summary>
/// A .docx read back with the Open XML SDK, as Word and a screen reader would take it: the paragraphs in reading order
/// with their styles, the headings, the tables, the pictures' alternative text, the header and footer, and what the SDK's
/// validator says about the file. The integration tests link this file too.
/// </summary>
public sealed class WordFile
{
    public WordFile(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart ?? throw new InvalidOperationException("No main document part.");
        var body = main.Document.Body ?? throw new InvalidOperationException("No body.");
        Paragraphs = [.. body.Descendants<Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: TextOf(p)))];
        Headings = [.. Paragraphs.Where(p => p.Style is "Heading1" or "Heading2" or "Heading3").Select(p => (Level: p.Style![^1] - '0', p.Text))];
        Tables = [.. body.Descendants<Table>()];
        TableRows = [.. Tables.Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(TextOf).ToArray()).ToList())];
        AlternativeTexts = [.. body.Descendants<DW.DocProperties>().Select(d => d.Description?.Value ?? "")];
        ListParagraphs = [.. body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).Select(TextOf)];
        Text = string.Join("\n", Paragraphs.Select(p => p.Text));
        Header = string.Join("\n", main.HeaderParts.Select(h => h.Header.InnerText));
        Footer = string.Join("\n", main.FooterParts.Select(f => f.Footer.InnerText));
        Title = document.PackageProperties.Title;
        Language = document.PackageProperties.Language;
        StyleLanguage = main.StyleDefinitionsPart?.Styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Languages?.Val?.Value;
        SettingsLanguage = main.DocumentSettingsPart?.Settings?.GetFirstChild<ThemeFontLanguages>()?.Val?.Value;
        HeadingOutlineLevels = main.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is "Heading1" or "Heading2" or "Heading3")
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value) ?? [];
        ImageTypes = [.. main.ImageParts.Select(i => i.ContentType)];
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        ValidationErrors = [.. validator.Validate(document).Select(e => $"{e.Description} at {e.Path?.XPath} in {e.Part?.Uri}")];
    }

    public List<(string? Style, string Text)> Paragraphs { get; }

    public List<(int Level, string Text)> Headings { get; }

    public List<Table> Tables { get; }

    /// <summary>Each table's rows as the text of their cells, header row first.</summary>
    public List<List<string[]>> TableRows { get; }

    public List<string> AlternativeTexts { get; }

    public List<string> ListParagraphs { get; }

    /// <summary>Every paragraph's text in reading order, one a line (a typed line break inside one counts as a space).</summary>
    public string Text { get; }

    public string Header { get; }

    public string Footer { get; }

    public string? Title { get; }

    public string? Language { get; }

    public string? StyleLanguage { get; }

    public string? SettingsLanguage { get; }

    public Dictionary<string, int?> HeadingOutlineLevels { get; }

    public List<string> ImageTypes { get; }

    public List<string> ValidationErrors { get; }

    /// <summary>Whether a table's first row is marked as its header, repeated on each page (w:tblHeader).</summary>
    public static bool HasHeaderRow(Table table) =>
        table.Elements<TableRow>().FirstOrDefault()?.TableRowProperties?.GetFirstChild<TableHeader>() is not null;

    private static string TextOf(OpenXmlElement element) => string.Concat(element.Descendants().Select(e => e switch
    {
        Text t => t.Text,
        Break => " ",
        TabChar => "\t",
        Paragraph when element is TableCell && !ReferenceEquals(e, element.Descendants<Paragraph>().First()) => " ",
        _ => "",
    }));
}
