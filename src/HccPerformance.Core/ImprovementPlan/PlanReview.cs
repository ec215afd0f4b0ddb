namespace HccPerformance.Core.ImprovementPlan;

/// <summary>A review of a live plan (seed 5.6): its summary and a decision for every live area. Recorded once per kind.</summary>
public class PlanReview
{
    private readonly List<PlanReviewDecision> decisions = [];

    private PlanReview() { }

    internal PlanReview(ReviewKind kind, DateOnly on, string summary, string recordedBy, DateTime recordedUtc)
    {
        Kind = kind;
        On = on;
        Summary = summary.Trim();
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
    }

    public int Id { get; private set; }
    public int PlanTermId { get; private set; }
    public ReviewKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public string Summary { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedUtc { get; private set; }
    public IReadOnlyList<PlanReviewDecision> Decisions => decisions;

    internal void Decide(Guid lineage, string areaName, ReviewOutcome outcome, string? note) =>
        decisions.Add(new PlanReviewDecision(lineage, areaName, outcome, note));
}
