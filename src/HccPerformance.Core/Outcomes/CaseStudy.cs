using HccPerformance.Core.Common;

namespace HccPerformance.Core.Outcomes;

/// <summary>A community outcome improvement case study (seed 4.14): what changed for people, told by the department that did it.</summary>
public class CaseStudy : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private CaseStudy() { }

    public CaseStudy(string title, int departmentId, int reportingPeriodId, string outcome, string narrative)
    {
        Change(title, departmentId, reportingPeriodId, outcome, narrative);
    }

    public string Title { get; private set; } = "";
    public int DepartmentId { get; private set; }
    public int ReportingPeriodId { get; private set; }

    /// <summary>The outcome for the community in a sentence.</summary>
    public string Outcome { get; private set; } = "";
    public string Narrative { get; private set; } = "";

    public void Change(string title, int departmentId, int reportingPeriodId, string outcome, string narrative)
    {
        Title = string.IsNullOrWhiteSpace(title) ? throw new DomainException("Enter the case study's title", nameof(Title)) : title.Trim();
        Outcome = string.IsNullOrWhiteSpace(outcome) ? throw new DomainException("Say what the outcome was for the community", nameof(Outcome)) : outcome.Trim();
        Narrative = string.IsNullOrWhiteSpace(narrative) ? throw new DomainException("Tell the story: what was done and what changed", nameof(Narrative)) : narrative.Trim();
        DepartmentId = departmentId;
        ReportingPeriodId = reportingPeriodId;
    }
}
