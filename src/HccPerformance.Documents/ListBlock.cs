using PdfSharp.UniversalAccessibility;

namespace HccPerformance.Documents;

/// <summary>
/// Paragraphs with a marker (a bullet, a number, an annotation's mark) one after another: drawn as they are, tagged as
/// a list (L, each item LI with its marker as Lbl and its text as LBody). An item indented further than the one before
/// starts a list nested in that item (a concern's interventions under the concern).
/// </summary>
internal sealed class ListBlock : Block
{
    private readonly List<ParagraphBlock> items = [];

    public void Add(ParagraphBlock item) => items.Add(item);

    public override double Measure(LayoutContext ctx) => items.Sum(i => i.Measure(ctx));

    public override void Render(LayoutContext ctx)
    {
        var tags = ctx.Draws ? ctx.Tags : null;
        // The indent of each open list, outermost first; each open list has one open item (LI and LBody).
        var open = new List<double>();
        foreach (var item in items)
        {
            var indent = item.Style.Indent;
            if (open.Count == 0 || indent > open[^1])
            {
                tags?.Begin(PdfBlockLevelElementTag.List);
                open.Add(indent);
            }
            else
            {
                while (open.Count > 1 && indent < open[^1])
                {
                    EndItem(tags);
                    tags?.End();
                    open.RemoveAt(open.Count - 1);
                }
                EndItem(tags);
            }
            tags?.Begin(PdfBlockLevelElementTag.ListItem);
            item.Render(ctx, asListItem: true);
        }
        for (var level = open.Count; level > 0; level--)
        {
            EndItem(tags);
            tags?.End();
        }
    }

    private static void EndItem(StructureTags? tags)
    {
        // The item's LBody, then the LI.
        tags?.End();
        tags?.End();
    }
}
