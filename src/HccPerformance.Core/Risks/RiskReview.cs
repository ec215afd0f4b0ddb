using HccPerformance.Core.Common;

namespace HccPerformance.Core.Risks;

/// <summary>One scoring of a risk, kept.</summary>
public class RiskReview : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private RiskReview() { }

    internal RiskReview(int likelihood, int impact, DateOnly reviewedOn, string? note, string reviewedBy)
    {
        Likelihood = likelihood;
        Impact = impact;
        ReviewedOn = reviewedOn;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ReviewedBy = reviewedBy;
    }

    public int Id { get; private set; }
    public int RiskId { get; private set; }
    public int Likelihood { get; private set; }
    public int Impact { get; private set; }
    public DateOnly ReviewedOn { get; private set; }
    public string? Note { get; private set; }
    public string ReviewedBy { get; private set; } = "";
}
