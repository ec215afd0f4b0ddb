using System.Globalization;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Risks;

public enum RiskTrend
{
    Falling = 1,
    Stable = 2,
    Rising = 3,
}

/// <summary>
/// A risk on the corporate risk register (seed Appendix Three): likelihood and impact from 1 to 5, their product the
/// score, banded Red (15 and over), Amber (8 to 14) or Green (7 and under) as a 5x5 matrix is usually read.
/// Every re-scoring is kept, so the register shows how a risk has moved.
/// </summary>
public class Risk : AuditableEntity
{
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

/// <summary>One scoring of a risk, kept.</summary>
public class RiskReview
{
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

public enum EmergingRiskStatus
{
    Open = 1,
    /// <summary>Added to the corporate risk register.</summary>
    Escalated = 2,
    Closed = 3,
}

/// <summary>
/// A new risk issue a Chief Officer or departmental management team (DMT) raises (seed Appendix Three, "Chief Officer/DMT
/// other risk issues"): the department and the new risk, until it is escalated to the register or closed.
/// </summary>
public class EmergingRisk : AuditableEntity
{
    private EmergingRisk() { }

    public EmergingRisk(int departmentId, string title, string? description, DateOnly raisedOn, string raisedBy)
    {
        DepartmentId = departmentId;
        Title = string.IsNullOrWhiteSpace(title) ? throw new DomainException("Say what the new risk is", nameof(Title)) : title.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        RaisedOn = raisedOn;
        RaisedBy = raisedBy;
        Status = EmergingRiskStatus.Open;
    }

    public int DepartmentId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public DateOnly RaisedOn { get; private set; }
    public string RaisedBy { get; private set; } = "";
    public EmergingRiskStatus Status { get; private set; }
    public string? Outcome { get; private set; }

    public void Update(string title, string? description, EmergingRiskStatus status, string? outcome)
    {
        Title = string.IsNullOrWhiteSpace(title) ? throw new DomainException("Say what the new risk is", nameof(Title)) : title.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (status != EmergingRiskStatus.Open && string.IsNullOrWhiteSpace(outcome))
        {
            throw new DomainException("Say what became of the risk: where it went on the register, or why it is closed", nameof(Outcome));
        }

        Status = status;
        Outcome = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim();
    }
}
