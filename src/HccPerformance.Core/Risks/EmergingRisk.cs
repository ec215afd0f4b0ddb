using HccPerformance.Core.Common;

namespace HccPerformance.Core.Risks;

/// <summary>
/// A new risk issue a Chief Officer or departmental management team (DMT) raises (seed Appendix Three, "Chief Officer/DMT
/// other risk issues"): the department and the new risk, until it is escalated to the register or closed.
/// </summary>
public class EmergingRisk : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

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
