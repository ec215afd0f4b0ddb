namespace HccPerformance.Core.ImprovementPlan;

/// <summary>What a review decided for one area, named as the area was then (its lineage finds it in later years and plans).</summary>
public class PlanReviewDecision
{
    private PlanReviewDecision() { }

    internal PlanReviewDecision(Guid lineage, string areaName, ReviewOutcome outcome, string? note)
    {
        Lineage = lineage;
        AreaName = areaName;
        Outcome = outcome;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public int Id { get; private set; }
    public int PlanReviewId { get; private set; }
    public Guid Lineage { get; private set; }
    public string AreaName { get; private set; } = "";
    public ReviewOutcome Outcome { get; private set; }
    public string? Note { get; private set; }
}
