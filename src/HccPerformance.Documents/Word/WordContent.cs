using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using HccPerformance.Documents.Reports;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
// The PDF layout layer has a TableCell of its own in the parent namespace; here a cell is Word's.
using WordCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace HccPerformance.Documents.Word;

/// <summary>
/// The body of a Word document in reading order, written as Word's own structure: headings in the Heading 1-3 styles,
/// lists in the numbering part, tables whose first row is a repeated header row, charts as pictures with alternative
/// text. The same words as the PDF's <see cref="ContentBuilder"/>, without its page fitting: Word lays out its own pages.
/// </summary>
public sealed class WordContent
{
    private readonly List<OpenXmlElement> elements = [];
    private readonly List<(string Text, int Level, string Bookmark)> headings = [];
    private readonly Dictionary<(int, int, int, int), string> imageIds = [];
    private int? contentsAt;
    private uint drawings;

    internal IReadOnlyList<OpenXmlElement> Elements => elements;

    /// <summary>Each distinct bar's picture, by its relationship id: a bar drawn twice is stored once.</summary>
    internal List<(string Id, byte[] Png)> Images { get; } = [];

    /// <summary>How many numbered lists there are: each gets a numbering instance of its own, starting at 1.</summary>
    internal int NumberedLists { get; private set; }

    /// <summary>The cover's title, in Word's Title style (not a heading: the headings are the report's sections).</summary>
    public WordContent Title(string text) => Add(Para(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Title }), WordText.Runs(text)));

    /// <summary>
    /// A heading, level 1 to 3, bookmarked so the contents can link to it. Levels 1 and 2 are listed in the contents as
    /// written unless <paramref name="listed"/> is false (a long run of headings the PDF's contents leave out too).
    /// </summary>
    public WordContent Heading(string text, int level = 1, bool listed = true)
    {
        var bookmark = $"_Toc{headings.Count + 1:D6}";
        var id = (headings.Count + 1).ToString(CultureInfo.InvariantCulture);
        headings.Add((text, listed ? level : int.MaxValue, bookmark));
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Heading(level) }),
            new BookmarkStart { Id = id, Name = bookmark });
        paragraph.Append(WordText.Runs(text));
        paragraph.Append(new BookmarkEnd { Id = id });
        return Add(paragraph);
    }

    public WordContent Paragraph(string text, bool bold = false) => Add(new Paragraph(WordText.Runs(text, bold)));

    /// <summary>What a chart or table shows, above it, in Word's Caption style.</summary>
    public WordContent Caption(string text) => Add(Para(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Caption }), WordText.Runs(text)));

    /// <summary>A bulleted list, one item a paragraph of Word's list.</summary>
    public WordContent Bullets(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            Bullet(item);
        }
        return this;
    }

    /// <summary>One item of a bulleted list; level 1 for what belongs to the item before it.</summary>
    public WordContent Bullet(string text, int level = 0, bool bold = false) => Add(ListItem(WordNumbering.Bullets, level, text, bold));

    /// <summary>A numbered list, "[1]", "[2]" ..., starting again at 1.</summary>
    public WordContent Numbered(IEnumerable<string> items)
    {
        var list = WordNumbering.Bullets + 1 + NumberedLists;
        var any = false;
        foreach (var item in items)
        {
            Add(ListItem(list, 0, item, false));
            any = true;
        }
        if (any)
        {
            NumberedLists++;
        }
        return this;
    }

    /// <summary>
    /// A table with a caption (its name for a screen reader), a header row repeated on every page and marked as the
    /// header, and fixed column widths (<paramref name="relativeWidths"/>, shares of the page), so a long word wraps in its
    /// cell instead of widening the table off the page.
    /// </summary>
    public WordContent Table(string caption, double[] relativeWidths, string[] header, IEnumerable<string[]> rows,
        IReadOnlyCollection<int>? rightAligned = null, Func<int, string, string?>? shade = null)
    {
        if (relativeWidths.Length != header.Length || relativeWidths.Any(w => w <= 0))
        {
            throw new ArgumentException("Each column needs a positive relative width.", nameof(relativeWidths));
        }
        var total = relativeWidths.Sum();
        var widths = relativeWidths.Select(w => (int)(WordReport.TextWidthTwips * w / total)).ToArray();
        var table = new Table(
            new TableProperties(
                new DocumentFormat.OpenXml.Wordprocessing.TableStyle { Val = WordStyles.Table },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
                new TableCaption { Val = WordText.Clean(caption) }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var headerRow = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        headerRow.Append(header.Select((text, i) => Cell(text, widths[i], bold: true, right: rightAligned?.Contains(i) == true, fill: "E7E9EC")));
        table.Append(headerRow);
        foreach (var row in rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            tableRow.Append(row.Select((text, i) => Cell(text, widths[Math.Min(i, widths.Length - 1)], bold: false, right: rightAligned?.Contains(i) == true, fill: shade?.Invoke(i, text))));
            table.Append(tableRow);
        }
        Add(table);
        // Two tables one after the other would merge into one in Word: a paragraph keeps them apart.
        return Add(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "60" })));
    }

    /// <summary>
    /// A RAG chart: a caption, then each bar as its label, its picture (whose alternative text gives the same figures in
    /// words) and its counts in words beside it, so nothing relies on colour or on seeing the picture. The caller follows
    /// it with the table of its figures, as the PDF does.
    /// </summary>
    internal WordContent Chart(string caption, IReadOnlyList<RagBar> bars)
    {
        Caption(caption);
        Paragraph("Each bar shows red, amber, green and no data (grey), from left to right, as shares of its own total; the words beside it give the counts.");
        foreach (var bar in bars)
        {
            Add(Para(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "0" }), WordText.Runs(bar.Label, bold: true)));
            var picture = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "120" }),
                new Run(Picture(bar, $"{bar.Label}: {bar.InWords}.")),
                new Run(new Text("  " + WordText.Clean(bar.InWords)) { Space = SpaceProcessingModeValues.Preserve }));
            Add(picture);
        }
        return this;
    }

    public WordContent PageBreak() => Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>The contents: here, a Word contents field listing every level 1 and 2 heading, each linked to it.</summary>
    public WordContent Contents(string title = "Contents")
    {
        Add(Para(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.ContentsHeading }), WordText.Runs(title)));
        contentsAt = elements.Count;
        return this;
    }

    /// <summary>
    /// The body in order, the contents filled in now that every heading is known. It is a real contents field, so Word
    /// can update it (with page numbers, which only Word knows); as written it lists the headings as links, no numbers.
    /// </summary>
    internal IEnumerable<OpenXmlElement> Build()
    {
        for (var i = 0; i <= elements.Count; i++)
        {
            if (i == contentsAt)
            {
                foreach (var entry in ContentsField())
                {
                    yield return entry;
                }
            }
            if (i < elements.Count)
            {
                yield return elements[i];
            }
        }
    }

    private IEnumerable<Paragraph> ContentsField()
    {
        var entries = headings.Where(h => h.Level <= 2).ToList();
        if (entries.Count == 0)
        {
            yield break;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var (text, level, bookmark) = entries[i];
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = level == 1 ? WordStyles.Contents1 : WordStyles.Contents2 }));
            if (i == 0)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }
            var link = new Hyperlink { Anchor = bookmark, History = true };
            foreach (var run in WordText.Runs(text).Cast<Run>())
            {
                run.RunProperties ??= new RunProperties();
                run.RunProperties.PrependChild(new RunStyle { Val = WordStyles.Hyperlink });
                link.Append(run);
            }
            paragraph.Append(link);
            if (i == entries.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }
            yield return paragraph;
        }
    }

    private static Paragraph ListItem(int list, int level, string text, bool bold) => Para(
        new ParagraphProperties(
            new ParagraphStyleId { Val = WordStyles.ListParagraph },
            new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = list })),
        WordText.Runs(text, bold));

    private static Paragraph Para(ParagraphProperties properties, IEnumerable<OpenXmlElement> runs)
    {
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    private static WordCell Cell(string text, int width, bool bold, bool right, string? fill)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }
        var paragraph = new Paragraph(WordText.Runs(text, bold));
        if (right)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Right }));
        }
        return new WordCell(properties, paragraph);
    }

    // An inline picture of one bar, 12 cm by 0.45 cm, with its alternative text in the drawing's description.
    private Drawing Picture(RagBar bar, string alternativeText)
    {
        var key = (bar.Red, bar.Amber, bar.Green, bar.NoData);
        if (!imageIds.TryGetValue(key, out var relationshipId))
        {
            relationshipId = $"rIdBar{Images.Count + 1}";
            imageIds[key] = relationshipId;
            Images.Add((relationshipId, RagBarPng.Encode(bar)));
        }
        const long Width = 12L * 360000;
        const long Height = Width * RagBarPng.Height / RagBarPng.Width;
        var id = ++drawings;
        var name = $"RAG bar {id}";
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = Width, Cy = Height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = WordText.Clean(alternativeText) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = WordText.Clean(alternativeText) },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = Width, Cy = Height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }

    private WordContent Add(OpenXmlElement element)
    {
        elements.Add(element);
        return this;
    }
}
