namespace HccPerformance.Core.SelfAssessments;

/// <summary>
/// A link from an item to what it is about. The target is named by type and id so that indicators, risks and
/// improvement-plan areas, when they arrive, only add a type (see <see cref="LinkTargets"/>).
/// </summary>
public class ItemLink
{
    private ItemLink() { }

    internal ItemLink(string targetType, int targetId)
    {
        TargetType = targetType;
        TargetId = targetId;
    }

    public int Id { get; private set; }
    public string TargetType { get; private set; } = "";
    public int TargetId { get; private set; }
}
