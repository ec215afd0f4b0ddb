using AngleSharp.Dom;

namespace HccPerformance.IntegrationTests.Support;

/// <summary>
/// The text of an element as a page shows it, without its "Demo" marks: tests of what a figure or title says read it this
/// way, and <c>DemoRecordMarkTests</c> proves the marks are there.
/// </summary>
public static class DemoMarks
{
    public static string TextWithoutDemoMarks(this IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var mark in copy.QuerySelectorAll(".demo-mark").ToList())
        {
            mark.Remove();
        }

        return string.Join(' ', copy.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
