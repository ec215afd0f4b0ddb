namespace HccPerformance.Core.SelfAssessments;

/// <summary>One short item of a list. Links point at the indicators, risks and plan areas it is about.</summary>
public class AssessmentItem
{
    private readonly List<ItemLink> links = [];

    private AssessmentItem() { }

    internal AssessmentItem(ItemSection section, int position, string text)
    {
        Section = section;
        Position = position;
        Text = text.Trim();
    }

    public int Id { get; private set; }
    public int SelfAssessmentId { get; private set; }
    public ItemSection Section { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; } = "";
    public IReadOnlyList<ItemLink> Links => links;

    internal void Rewrite(string text, int position)
    {
        if (Text != text.Trim())
        {
            // A rewritten item may be about something else now: its links go with the old words.
            links.Clear();
        }

        Text = text.Trim();
        Position = position;
    }

    /// <summary>Replaces the item's links of one type: the items' links are chosen afresh on the links page.</summary>
    public void SetLinks(string targetType, IEnumerable<int> targetIds)
    {
        links.RemoveAll(l => l.TargetType == targetType);
        foreach (var id in targetIds.Distinct())
        {
            links.Add(new ItemLink(targetType, id));
        }
    }

    public void LinkTo(string targetType, int targetId)
    {
        if (!links.Any(l => l.TargetType == targetType && l.TargetId == targetId))
        {
            links.Add(new ItemLink(targetType, targetId));
        }
    }
}
