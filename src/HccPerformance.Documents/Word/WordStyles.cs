using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HccPerformance.Documents.Word;

/// <summary>
/// The styles part: Word's own built-in styles by their built-in ids and names ("Heading1", "heading 1"), so the
/// navigation pane, a generated contents and a screen reader know the headings for what they are, and a clerk pasting a
/// section into another paper gets that paper's headings. The document's language, en-GB, is set once in the defaults.
/// </summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string ContentsHeading = "TOCHeading";
    public const string Contents1 = "TOC1";
    public const string Contents2 = "TOC2";
    public const string ListParagraph = "ListParagraph";
    public const string Table = "TableGrid";
    public const string Caption = "Caption";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";

    public const string Language = "en-GB";
    private const string Font = "Arial";

    /// <summary>The heading style for a level, 1 to 3.</summary>
    public static string Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        3 => Heading3,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Word headings here go from 1 to 3."),
    };

    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = Language, EastAsia = Language, Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, null, isDefault: true),
        Paragraph(Title, "Title", new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "240" }),
            new StyleRunProperties(new Bold(), new BoldComplexScript(), new Color { Val = "1D3C6E" }, new FontSize { Val = "52" }, new FontSizeComplexScript { Val = "52" })),
        HeadingStyle(1, "36", "480"),
        HeadingStyle(2, "30", "360"),
        HeadingStyle(3, "24", "240"),
        Paragraph(ContentsHeading, "TOC Heading", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
            new StyleRunProperties(new Bold(), new BoldComplexScript(), new Color { Val = "1D3C6E" }, new FontSize { Val = "36" }, new FontSizeComplexScript { Val = "36" })),
        Paragraph(Contents1, "toc 1", new ParagraphProperties(new SpacingBetweenLines { Before = "120", After = "60" }), new StyleRunProperties(new Bold(), new BoldComplexScript())),
        Paragraph(Contents2, "toc 2", new ParagraphProperties(new SpacingBetweenLines { After = "40" }, new Indentation { Left = "284" }), null),
        Paragraph(ListParagraph, "List Paragraph", new ParagraphProperties(new SpacingBetweenLines { After = "40" }, new ContextualSpacing()), null),
        Paragraph(Caption, "caption", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
            new StyleRunProperties(new Bold(), new BoldComplexScript(), new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })),
        Paragraph(Header, "header", new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = WordReport.TextWidth }),
                new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })),
        Paragraph(Footer, "footer", new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = WordReport.TextWidth }),
                new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })),
        new Style(new StyleName { Val = "Hyperlink" }, new UIPriority { Val = 99 }, new UnhideWhenUsed(),
            new StyleRunProperties(new Color { Val = "1D3C6E" }, new Underline { Val = UnderlineValues.Single }))
        { Type = StyleValues.Character, StyleId = Hyperlink },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true },
        new Style(new StyleName { Val = "Table Grid" }, new BasedOn { Val = "TableNormal" }, new UIPriority { Val = 39 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" }),
                new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Table });

    // Outline levels 0-2 are what the navigation pane and a generated contents read; keep-with-next stops a heading
    // being left alone at the foot of a page.
    private static Style HeadingStyle(int level, string halfPoints, string spaceBefore) =>
        Paragraph(Heading(level), $"heading {level}",
            new ParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = spaceBefore, After = "120" },
                new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new BoldComplexScript(), new Color { Val = "1D3C6E" }, new FontSize { Val = halfPoints },
                new FontSizeComplexScript { Val = halfPoints }));

    private static Style Paragraph(string id, string name, ParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        style.Append(new StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" });
            style.Append(new NextParagraphStyle { Val = "Normal" });
        }
        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        }
        if (run is not null)
        {
            style.Append(run);
        }
        return style;
    }
}
