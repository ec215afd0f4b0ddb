namespace HccPerformance.Core.ImprovementPlan;

/// <summary>A comment on a draft plan from a CPEG member or a Chief Officer (seed 5.4: the plan is prepared with them). Only added.</summary>
public class PlanComment
{
    private PlanComment() { }

    internal PlanComment(string text, string by, DateTime utc)
    {
        Text = text.Trim();
        By = by;
        Utc = utc;
    }

    public int Id { get; private set; }
    public int PlanTermId { get; private set; }
    public string Text { get; private set; } = "";
    public string By { get; private set; } = "";
    public DateTime Utc { get; private set; }
}
