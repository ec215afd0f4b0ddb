using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HccPerformance.Documents.Word;

/// <summary>
/// A Word version (.docx) of a report, the twin of <see cref="PdfReport"/> for committee clerks who add a cover report or
/// paste sections into other papers (issue 20): A4, the title in the document's properties, en-GB throughout, a header
/// and a footer on every page carrying the protective marking (or "DEMO" for a document made from demo data, which
/// carries no marking), "Page N of M" in the footer, and the content as Word's own headings, lists and tables.
/// </summary>
/// <example>
/// <code>
/// byte[] docx = new WordReport()
///     .Title("Corporate performance report: Quarter 2").Author("Hull City Council")
///     .Header("Hull City Council").Marking("OFFICIAL").Footer("Corporate performance report v3")
///     .Content(c => c.Heading("Overview").Paragraph("Text ...").Table("Departments", [3, 1], ["Department", "RAG"], [["Adults", "Green"]]))
///     .ToBytes();
/// </code>
/// </example>
public sealed class WordReport
{
    /// <summary>The media type of a .docx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A4 less two 2 cm margins, in twentieths of a point: the width tables and right-hand tab stops use.</summary>
    public const int TextWidthTwips = 11906 - 2 * Margin;

    internal const int TextWidth = TextWidthTwips;
    private const int Margin = 1134;

    private readonly WordContent content = new();
    private string title = "";
    private string author = "";
    private string subject = "";
    private string headerLeft = "";
    private string footerLeft = "";
    private string? marking;
    private bool demo;
    private DateTime? created;

    public WordReport Title(string value) { title = value; return this; }

    public WordReport Author(string value) { author = value; return this; }

    public WordReport Subject(string value) { subject = value; return this; }

    /// <summary>Small text at the left of the header on every page.</summary>
    public WordReport Header(string left) { headerLeft = left; return this; }

    /// <summary>Small text at the left of the footer; the right carries "Page N of M".</summary>
    public WordReport Footer(string left) { footerLeft = left; return this; }

    /// <summary>The protective marking, at the right of the header and first in the footer on every page; none if empty.</summary>
    public WordReport Marking(string? value) { marking = string.IsNullOrWhiteSpace(value) ? null : value; return this; }

    /// <summary>
    /// Made from demo data: "DEMO" where the marking goes, before the header's and footer's text and before the title, as
    /// the PDF does, so a page printed or pasted on its own still says it is not real.
    /// </summary>
    public WordReport Demo(bool on = true) { demo = on; return this; }

    /// <summary>The date the document's properties give as created and modified (the issue date, not the download's).</summary>
    public WordReport Created(DateTime value) { created = value; return this; }

    public WordReport Content(Action<WordContent> compose) { compose(content); return this; }

    /// <summary>What the header, the footer and the title say for the protective marking: DEMO, the marking, or nothing.</summary>
    public string? MarkingShown => demo ? PdfReport.DemoMark : marking;

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            Write(document);
        }
        return stream.ToArray();
    }

    private void Write(WordprocessingDocument document)
    {
        var properties = document.PackageProperties;
        properties.Title = WordText.Clean(demo ? $"{PdfReport.DemoMark}: {title}" : title);
        properties.Creator = WordText.Clean(author);
        properties.Subject = WordText.Clean(subject);
        properties.Language = WordStyles.Language;
        if (created is { } date)
        {
            properties.Created = date;
            properties.Modified = date;
        }

        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Build();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordNumbering.Build(content.NumberedLists);
        main.AddNewPart<DocumentSettingsPart>().Settings = Settings();
        foreach (var (id, png) in content.Images)
        {
            using var image = new MemoryStream(png, writable: false);
            main.AddImagePart(ImagePartType.Png, id).FeedData(image);
        }

        var shown = MarkingShown;
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Header }),
            Runs(demo ? Joined(PdfReport.DemoMark, headerLeft) : headerLeft),
            new Run(new TabChar()),
            Runs(demo ? "" : marking ?? "")));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Footer }),
            Runs(Joined(shown, footerLeft)),
            new Run(new TabChar()),
            new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));

        var body = new Body(content.Build());
        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 567U, Footer = 567U, Gutter = 0U }));
        main.Document = new Document(body);
    }

    private static Run Runs(string text) => new(new Text(WordText.Clean(text).Replace('\n', ' ')) { Space = SpaceProcessingModeValues.Preserve });

    private static string Joined(string? first, string second) =>
        first is null ? second : second.Length == 0 ? first : $"{first} \u00b7 {second}";

    // en-GB for the theme's fonts too, and Word 2013's layout rules rather than compatibility with older versions.
    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = WordStyles.Language },
        new DecimalSymbol { Val = "." },
        new ListSeparator { Val = "," });
}
