using System.Globalization;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Risks;

/// <summary>
/// A risk on the corporate risk register (seed Appendix Three): likelihood and impact from 1 to 5, their product the
/// score, banded Red (15 and over), Amber (8 to 14) or Green (7 and under) as a 5x5 matrix is usually read.
/// Every re-scoring is kept, so the register shows how a risk has moved.
/// </summary>
public class Risk : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private readonly List<RiskReview> reviews = [];

    private Risk() { }

    public Risk(string reference, string title, bool isStrategic)
    {
        Reference = reference.Trim();
        Title = title.Trim();
        IsStrategic = isStrategic;
    }

    public string Reference { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }

    /// <summary>Who owns the risk, as the register names them ("Director of Environment").</summary>
    public string Owner { get; private set; } = "";
    public int? DepartmentId { get; private set; }

    /// <summary>Strategic risks are the corporate ones the dashboard shows; the rest are kept for the departments.</summary>
    public bool IsStrategic { get; private set; }
    public int Likelihood { get; private set; }
    public int Impact { get; private set; }
    public string Controls { get; private set; } = "";
    public RiskTrend Trend { get; private set; } = RiskTrend.Stable;
    public DateOnly ReviewedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? ClosedReason { get; private set; }
    public IReadOnlyList<RiskReview> Reviews => reviews;

    public int Score => Likelihood * Impact;

    public Rag Rag => Band(Score);

    public bool IsOpen => ClosedOn is null;

    public static Rag Band(int score) => score switch
    {
        >= 15 => Rag.Red,
        >= 8 => Rag.Amber,
        > 0 => Rag.Green,
        _ => Rag.NoData,
    };

    public void Describe(string title, string? description, string owner, int? departmentId, bool isStrategic, string controls)
    {
        Title = Required(title, "Enter the risk's title", nameof(Title));
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Owner = Required(owner, "Enter who owns the risk, like Director of Environment", nameof(Owner));
        DepartmentId = departmentId;
        IsStrategic = isStrategic;
        Controls = controls?.Trim() ?? "";
    }

    /// <summary>Scores the risk as reviewed on a day; the trend follows from the previous score unless the reviewer says otherwise.</summary>
    public void Assess(int likelihood, int impact, DateOnly reviewedOn, string? note, string reviewedBy)
    {
        if (likelihood is < 1 or > 5)
        {
            throw new DomainException("Likelihood is a whole number from 1 (rare) to 5 (almost certain)", nameof(Likelihood));
        }

        if (impact is < 1 or > 5)
        {
            throw new DomainException("Impact is a whole number from 1 (minimal) to 5 (severe)", nameof(Impact));
        }

        if (!IsOpen)
        {
            throw new DomainException("The risk is closed; reopen it by adding it again if it returns.");
        }

        var previous = Score;
        Likelihood = likelihood;
        Impact = impact;
        Trend = previous == 0 || Score == previous ? RiskTrend.Stable : Score > previous ? RiskTrend.Rising : RiskTrend.Falling;
        ReviewedOn = reviewedOn;
        reviews.Add(new RiskReview(likelihood, impact, reviewedOn, note, reviewedBy));
    }

    public void Close(DateOnly on, string reason)
    {
        ClosedReason = Required(reason, "Say why the risk is closed", nameof(ClosedReason));
        ClosedOn = on;
    }

    private static string Required(string? text, string message, string field) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException(message, field) : text.Trim();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Reference} {Title} ({Likelihood}x{Impact})");
}
