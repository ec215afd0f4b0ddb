using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace HccPerformance.Documents;

/// <summary>
/// A small fluent PDF document in the style of QuestPDF: A4 pages with margins, a header and a
/// "Page N of M" footer on every page, and content blocks that flow across pages. Every document is a tagged PDF
/// (PDF/UA-1 structure, issue 20): in British English, its title shown in the window's title bar, headings,
/// paragraphs, lists, tables with header cells, the contents as a TOC of links and charts as figures with
/// alternative text in the structure tree, in reading order; header, footer and decoration are artifacts.
/// </summary>
/// <example>
/// <code>
/// byte[] pdf = new PdfReport()
///     .Title("Corporate performance report").Author("Head of Improvement").Subject("Quarter 2")
///     .Header("Hull City Council", "OFFICIAL")
///     .Footer("Corporate performance report v3")
///     .Content(c => c
///         .Heading("Overview")
///         .Paragraph("Text that wraps ...")
///         .Table([3, 1], ["Department", "RAG"], [["Adults", "Green"]])
///         .KeepTogether(k => k.Heading("Adults", 2).Paragraph("..."))
///         .Drawing(120, (gfx, area) => gfx.DrawRectangle(XBrushes.Green, area)))
///     .Deterministic(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "report-v3")
///     .ToBytes();
/// </code>
/// </example>
public sealed class PdfReport
{
    private readonly ContentBuilder content = new();
    private string title = string.Empty;
    private string author = string.Empty;
    private string subject = string.Empty;
    private string headerLeft = string.Empty;
    private string headerRight = string.Empty;
    private string footerLeft = string.Empty;
    private bool demo;
    private Margins margins = Margins.All(50);
    private DateTime? fixedCreationDate;
    private string? documentKey;

    public PdfReport Title(string value) { title = value; return this; }

    public PdfReport Author(string value) { author = value; return this; }

    public PdfReport Subject(string value) { subject = value; return this; }

    public PdfReport PageMargins(Margins value) { margins = value; return this; }

    /// <summary>Small text above the content on every page, at the left and the right.</summary>
    public PdfReport Header(string left, string right = "") { headerLeft = left; headerRight = right; return this; }

    /// <summary>Small text at the left of the footer; the right always carries "Page N of M".</summary>
    public PdfReport Footer(string left) { footerLeft = left; return this; }

    /// <summary>
    /// Marks a document drawn from demo data: "DEMO" before the header's and the footer's left text on every page, and
    /// in its title, so a page printed or forwarded on its own still says it is not real. The caller leaves out any
    /// protective marking: an invented document must not look like a protectively marked one.
    /// </summary>
    public PdfReport Demo(bool on = true) { demo = on; return this; }

    /// <summary>What goes before a demo document's header, footer and title.</summary>
    public const string DemoMark = "DEMO";

    public PdfReport Content(Action<ContentBuilder> compose) { compose(content); return this; }

    /// <summary>
    /// Same input, same bytes: fixes the creation and modification dates and derives the file identifier from
    /// <paramref name="key"/> (for example the issued version's id) instead of a random one.
    /// </summary>
    public PdfReport Deterministic(DateTime creationDate, string key)
    {
        fixedCreationDate = creationDate;
        documentKey = key;
        return this;
    }

    /// <summary>The document's language, for screen readers' pronunciation and for the tagged structure.</summary>
    public const string Language = "en-GB";

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    public void WriteTo(Stream stream)
    {
        EmbeddedFonts.EnsureRegistered();
        // A page break at the very end would only leave an empty page.
        var blocks = content.Blocks;
        var count = blocks.Count;
        while (count > 0 && blocks[count - 1] is PageBreakBlock)
        {
            count--;
        }
        var body = blocks.Take(count).ToList();
        var fonts = new FontSizes();
        var plan = Paginate(body, fonts);

        using var document = new PdfDocument();
        // Fastest deflate: the content streams still shrink to about a quarter, at a fraction of the default's time.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Info.Title = demo ? $"{DemoMark}: {title}" : title;
        document.Info.Author = author;
        document.Info.Subject = subject;
        if (fixedCreationDate is { } created)
        {
            document.Info.CreationDate = created;
            document.Info.ModificationDate = created;
        }
        if (documentKey is not null)
        {
            var id = DocumentId(documentKey);
            document.Internals.FirstDocumentID = id;
            document.Internals.SecondDocumentID = id;
        }
        // The manager marks the document tagged, shows its title in the title bar and keeps the structure tree.
        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage(Language);

        using (var ctx = new LayoutContext(margins, fonts, document, accessibility.StructureBuilder, plan, c => DrawHeaderAndFooter(c, plan.PageCount)))
        {
            ctx.NewPage();
            foreach (var block in body)
            {
                block.Render(ctx);
            }
            ctx.FinishPage();
            if (ctx.PageCount != plan.PageCount)
            {
                throw new InvalidOperationException($"The layout pass made {plan.PageCount} pages and the drawing pass {ctx.PageCount}.");
            }
        }
        if (documentKey is null)
        {
            document.Save(stream, closeStream: false);
            return;
        }
        FixFontSubsetTags(document);
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        var bytes = buffer.ToArray();
        FixXmpIds(bytes, documentKey);
        stream.Write(bytes);
    }

    // The layout pass: the same blocks with nothing drawn, to learn the page count and each anchored heading's page.
    private Pagination Paginate(List<Block> body, FontSizes fonts)
    {
        using var measurer = XGraphics.CreateMeasureContext(LayoutContext.PageSize, XGraphicsUnit.Point, XPageDirection.Downwards);
        using var ctx = new LayoutContext(margins, fonts, measurer);
        ctx.NewPage();
        foreach (var block in body)
        {
            block.Render(ctx);
        }
        return new Pagination(ctx.PageCount, new Dictionary<string, int>(ctx.AnchorPages));
    }

    // PDFsharp 6.2.4 writes an uncompressed XMP metadata stream whose DocumentID (once per process) and
    // InstanceID (on every save) are random GUIDs that its API does not let us set. Each is overwritten in
    // place with a GUID derived from the key: same length, so the cross-reference offsets stay right.
    private static void FixXmpIds(byte[] pdf, string key)
    {
        foreach (var field in new[] { "DocumentID", "InstanceID" })
        {
            var marker = Encoding.ASCII.GetBytes($"<xmpMM:{field}>uuid:");
            var at = pdf.AsSpan().IndexOf(marker);
            if (at < 0)
            {
                continue;
            }
            var start = at + marker.Length;
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(field + ":" + key));
            var guid = new Guid(hash.AsSpan(0, 16)).ToString("D");
            if (start + guid.Length <= pdf.Length && Guid.TryParse(Encoding.ASCII.GetString(pdf, start, guid.Length), out _))
            {
                Encoding.ASCII.GetBytes(guid).CopyTo(pdf, start);
            }
        }
    }

    // PDFsharp 6.2.4 tags each embedded font subset with six letters from Guid.NewGuid() ("ABCDEF+DejaVuSans"),
    // the one random part left after the dates and file ID. The tag only has to be unique within the file, so
    // one derived from the font's own name is as good and the same every time.
    private static void FixFontSubsetTags(PdfDocument document)
    {
        foreach (var dictionary in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            foreach (var key in new[] { "/BaseFont", "/FontName" })
            {
                var name = dictionary.Elements.GetName(key);
                if (name.Length > 8 && name[7] == '+')
                {
                    var baseName = name[8..];
                    dictionary.Elements.SetName(key, "/" + SubsetTag(baseName) + "+" + baseName);
                }
            }
        }
    }

    private static string SubsetTag(string baseName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(baseName));
        return new string(hash.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
    }

    // Drawn when a page is finished, as an artifact: M in "Page N of M" is known from the layout pass.
    private void DrawHeaderAndFooter(LayoutContext ctx, int pageCount)
    {
        var gfx = ctx.Graphics;
        var font = ctx.BaseFonts.Small;
        var pen = new XPen(XColor.FromArgb(160, 160, 160), 0.5);
        var header = demo ? Marked(headerLeft) : headerLeft;
        var footer = demo ? Marked(footerLeft) : footerLeft;
        var left = margins.Left;
        var right = LayoutContext.PageSize.Width - margins.Right;
        var headerY = margins.Top - 8;
        var footerY = LayoutContext.PageSize.Height - margins.Bottom + 8;

        if (header.Length > 0 || headerRight.Length > 0)
        {
            gfx.DrawString(TextFallback.Sanitize(header, font), font, XBrushes.Black, new XPoint(left, headerY - 3), XStringFormats.BottomLeft);
            gfx.DrawString(TextFallback.Sanitize(headerRight, font), font, XBrushes.Black, new XPoint(right, headerY - 3), XStringFormats.BottomRight);
            gfx.DrawLine(pen, left, headerY, right, headerY);
        }
        gfx.DrawLine(pen, left, footerY, right, footerY);
        gfx.DrawString(TextFallback.Sanitize(footer, font), font, XBrushes.Black, new XPoint(left, footerY + 3), XStringFormats.TopLeft);
        gfx.DrawString($"Page {ctx.PageIndex + 1} of {pageCount}", font, XBrushes.Black, new XPoint(right, footerY + 3), XStringFormats.TopRight);
    }

    private static string Marked(string text) => text.Length == 0 ? DemoMark : $"{DemoMark} \u00b7 {text}";

    private static string DocumentId(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexString(hash, 0, 16);
    }
}

/// <summary>Collects content blocks in order; also used inside <see cref="KeepTogether"/>.</summary>
public sealed class ContentBuilder
{
    private static readonly TextStyle BoldBody = new() { Bold = true };

    internal List<Block> Blocks { get; } = [];

    /// <summary>
    /// Heading level 1 (largest) to 4. With an <paramref name="anchor"/> it becomes a bookmark in the PDF's outline
    /// (nested by level) and a target for <see cref="Contents"/>.
    /// </summary>
    public ContentBuilder Heading(string text, int level = 1, string? anchor = null) => Add(new HeadingBlock(text, level, anchor));

    /// <summary>A bookmark and contents target here, with no heading drawn (for a section whose pages carry their own).</summary>
    public ContentBuilder Anchor(string anchor, string title, int level = 1) => Add(new AnchorBlock(anchor, title, level));

    public ContentBuilder Paragraph(string text, bool bold = false) => Add(new ParagraphBlock(text, bold ? BoldBody : TextStyle.Body));

    public ContentBuilder Paragraph(string text, TextStyle style) => Add(new ParagraphBlock(text, style));

    /// <summary>A list item with a hanging indent: <paramref name="marker"/> (a bullet, a number) in the margin.</summary>
    public ContentBuilder Item(string text, string marker = "•") => Add(new ParagraphBlock(text, new TextStyle { Indent = 12, Marker = marker, SpaceAfter = 1 }));

    /// <summary>A table; <paramref name="relativeWidths"/> are shares of the content width, one per column.</summary>
    public ContentBuilder Table(double[] relativeWidths, string[] header, IEnumerable<string[]> rows, TableStyle? style = null)
    {
        if (relativeWidths.Length == 0 || relativeWidths.Any(w => w <= 0))
        {
            throw new ArgumentException("Each column needs a positive relative width.", nameof(relativeWidths));
        }
        return Add(new TableBlock(relativeWidths, header, rows.ToList(), style));
    }

    /// <summary>The contents: each entry's title with the page its anchored heading landed on, linked to it.</summary>
    public ContentBuilder Contents(IEnumerable<ContentsEntry> entries) => Add(new ContentsBlock(entries.ToList()));

    /// <summary>
    /// A page of its own that must hold the blocks: at the body size if they fit, else stepping the type down by half
    /// points to <paramref name="minimumSize"/>; if even that cannot hold them they continue on the next page, marked
    /// "continued" on both (never cut off). <paramref name="title"/> names the page in that mark.
    /// </summary>
    public ContentBuilder OnePage(string title, Action<ContentBuilder> compose, double minimumSize = 7)
    {
        var inner = new ContentBuilder();
        compose(inner);
        return Add(new OnePageBlock(title, inner.Blocks, minimumSize));
    }

    /// <summary>The blocks move whole to the next page if they do not fit on this one (and fit on a page).</summary>
    public ContentBuilder KeepTogether(Action<ContentBuilder> compose)
    {
        var inner = new ContentBuilder();
        compose(inner);
        return Add(new KeepTogetherBlock(inner.Blocks));
    }

    /// <summary>Two columns side by side, kept together; drawn one after the other if they cannot fit on a page.</summary>
    public ContentBuilder Columns(Action<ContentBuilder> left, Action<ContentBuilder> right)
    {
        var l = new ContentBuilder();
        left(l);
        var r = new ContentBuilder();
        right(r);
        return Add(new ColumnsBlock(l.Blocks, r.Blocks));
    }

    public ContentBuilder PageBreak() => Add(new PageBreakBlock());

    public ContentBuilder Spacer(double points) => Add(new SpacerBlock(points));

    /// <summary>
    /// Reserves <paramref name="height"/> points and lets <paramref name="draw"/> paint the area with XGraphics: a
    /// decoration, left out of what a screen reader reads, unless it is part of a <see cref="Figure"/>.
    /// </summary>
    public ContentBuilder Drawing(double height, Action<XGraphics, XRect> draw) => Add(new DrawingBlock(height, draw));

    /// <summary>
    /// A figure (a chart) of the blocks <paramref name="compose"/> adds, which may break between pages;
    /// <paramref name="alternativeText"/> says in words what it shows, for whoever cannot see it.
    /// </summary>
    public ContentBuilder Figure(string alternativeText, Action<ContentBuilder> compose)
    {
        var inner = new ContentBuilder();
        compose(inner);
        return Add(new FigureBlock(alternativeText, inner.Blocks));
    }

    // Paragraphs with a marker that follow one another are one list (tagged L with its items).
    private ContentBuilder Add(Block block)
    {
        if (block is ParagraphBlock { Style.Marker: not null } item)
        {
            if (Blocks.Count > 0 && Blocks[^1] is ListBlock list)
            {
                list.Add(item);
                return this;
            }
            var started = new ListBlock();
            started.Add(item);
            block = started;
        }
        Blocks.Add(block);
        return this;
    }
}
