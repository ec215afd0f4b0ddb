using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace HccPerformance.Documents;

/// <summary>
/// The tagged PDF's structure tree (PDF/UA-1, issue 20), built through PDFsharp's own
/// <see cref="StructureBuilder"/> while the blocks draw: every drawing call must happen inside an element or an
/// artifact, so each block opens the element it draws before drawing. In the layout pass nothing is drawn and every
/// call here does nothing.
/// </summary>
internal sealed class StructureTags(StructureBuilder? builder)
{
    /// <summary>Seen headings as (level drawn, level tagged), outermost first: see <see cref="HeadingTag"/>.</summary>
    private readonly List<(int Drawn, int Tagged)> headings = [];

    public bool On => builder is not null;

    public void Begin(PdfBlockLevelElementTag tag) => builder?.BeginElement(tag);

    public void Begin(PdfGroupingElementTag tag) => builder?.BeginElement(tag);

    public void Begin(PdfInlineLevelElementTag tag) => builder?.BeginElement(tag);

    /// <summary>Page furniture and decoration (borders, shading, leaders, repeated table headers): drawn, not read.</summary>
    public void BeginArtifact() => builder?.BeginArtifact();

    public void End() => builder?.End();

    /// <summary>A header cell for its column (TH with /Scope /Column).</summary>
    public void BeginColumnHeader()
    {
        if (builder is null)
        {
            return;
        }
        builder.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);
        builder.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
    }

    /// <summary>A Figure whose alternative text says in words what it shows; returns the element so the caller can set its box.</summary>
    public PdfStructureElement? BeginFigure(string alternativeText, XRect expectedBox)
    {
        if (builder is null)
        {
            return null;
        }
        builder.BeginElement(PdfIllustrationElementTag.Figure, alternativeText, expectedBox);
        return builder.CurrentStructureElement;
    }

    /// <summary>A Link element holding the annotation (added to the current page) and the text drawn next.</summary>
    public void BeginLink(PdfLinkAnnotation link, string alternativeText) => builder?.BeginElement(link, alternativeText);

    /// <summary>
    /// What a screen reader reads for the element just opened, when the drawn text had to fall back to "?" for
    /// characters outside the embedded font: the writer's own text.
    /// </summary>
    public void ActualTextIfFallback(string text, XFont font)
    {
        if (builder is not null && !ReferenceEquals(TextFallback.Sanitize(text, font), text))
        {
            builder.CurrentStructureElement.Elements.SetString("/ActualText", text);
        }
    }

    /// <summary>
    /// The heading tag for a heading drawn at <paramref name="drawnLevel"/>: one below the nearest enclosing heading,
    /// so the tagged outline never skips a level (a department's name is drawn at level 2 and its parts at level 4:
    /// H2 and H3 in the corporate report, H1 and H2 when it is printed on its own).
    /// </summary>
    public PdfBlockLevelElementTag HeadingTag(int drawnLevel)
    {
        while (headings.Count > 0 && headings[^1].Drawn >= drawnLevel)
        {
            headings.RemoveAt(headings.Count - 1);
        }
        var tagged = Math.Min(headings.Count == 0 ? 1 : headings[^1].Tagged + 1, 6);
        headings.Add((drawnLevel, tagged));
        return tagged switch
        {
            1 => PdfBlockLevelElementTag.Heading1,
            2 => PdfBlockLevelElementTag.Heading2,
            3 => PdfBlockLevelElementTag.Heading3,
            4 => PdfBlockLevelElementTag.Heading4,
            5 => PdfBlockLevelElementTag.Heading5,
            _ => PdfBlockLevelElementTag.Heading6,
        };
    }

    /// <summary>
    /// A heading in the structure with no text drawn (a section whose pages carry their own headings, such as the
    /// departments' self-assessments): its words are its /ActualText and its title (/T), so the tagged outline still
    /// has the section.
    /// </summary>
    public void HeadingWithoutText(string title, int drawnLevel)
    {
        var tag = HeadingTag(drawnLevel);
        if (builder is null)
        {
            return;
        }
        builder.BeginElement(tag);
        builder.CurrentStructureElement.Elements.SetString("/ActualText", title);
        builder.CurrentStructureElement.Elements.SetString("/T", title);
        builder.End();
    }

    /// <summary>Sets a figure's bounding box (default page coordinates), or removes it when the figure spans pages.</summary>
    public static void SetBox(PdfStructureElement figure, PdfRectangle? box)
    {
        if (box is { } rectangle)
        {
            figure.LayoutAttributes.Elements.SetRectangle("/BBox", rectangle);
        }
        else
        {
            figure.LayoutAttributes.Elements.Remove("/BBox");
        }
    }
}
