using HccPerformance.Core.Common;

namespace HccPerformance.Core.Outcomes;

/// <summary>
/// The council's self-assessed score out of 4 for one of the ten Aalborg Commitments in a financial year (the council's own
/// method, ratified by the Audit Commission; public-reference-notes.md section 3).
/// </summary>
public class AalborgScore : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    /// <summary>The mean of the ten scores to two decimals; none until all ten are scored.</summary>
    public static decimal? Overall(IReadOnlyCollection<decimal> scores) =>
        scores.Count == AalborgScore.Commitments.Count ? Math.Round(scores.Average(), 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>The ten Aalborg Commitments (Aalborg+10, June 2004), as public-reference-notes.md names them.</summary>
    public static readonly IReadOnlyList<string> Commitments =
    [
        "Governance",
        "Local management towards sustainability",
        "Natural common goods",
        "Responsible consumption and lifestyle choices",
        "Planning and design",
        "Better mobility, less traffic",
        "Local action for health",
        "Vibrant and sustainable local economy",
        "Social equity and justice",
        "Local to global",
    ];

    private AalborgScore() { }

    public AalborgScore(int commitment, int financialYear, decimal score, string? note)
    {
        if (commitment is < 1 or > 10)
        {
            throw new DomainException("Choose one of the ten commitments", nameof(Commitment));
        }

        Commitment = commitment;
        FinancialYear = financialYear;
        Change(score, note);
    }

    public int Commitment { get; private set; }
    public int FinancialYear { get; private set; }
    public decimal Score { get; private set; }
    public string? Note { get; private set; }

    public string CommitmentName => Commitments[Commitment - 1];

    public void Change(decimal score, string? note)
    {
        if (score is < 0 or > 4)
        {
            throw new DomainException("The score is out of 4: from 0 to 4, like 2.25", nameof(Score));
        }

        Score = score;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
