using HccPerformance.Core.Common;

namespace HccPerformance.Core.Inspections;

/// <summary>An external inspection of a service (by Ofsted, the Audit Commission, CSCI and the like) and what it recommended.</summary>
public class Inspection : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private Inspection() { }

    public Inspection(string body, string service, int? departmentId, DateOnly reportedOn)
    {
        Change(body, service, departmentId, reportedOn);
    }

    public string Body { get; private set; } = "";
    public string Service { get; private set; } = "";
    public int? DepartmentId { get; private set; }

    /// <summary>When the inspection reported; its recommendations fall due after it.</summary>
    public DateOnly ReportedOn { get; private set; }

    /// <summary>The judgement or rating exactly as the inspectorate words it ("Performing well", "3 stars"), if it gave one.</summary>
    public string? Judgement { get; private set; }

    /// <summary>A strategic inspection (seed 4.14): one of the council as a whole or a major service, shown on the dashboard.</summary>
    public bool IsStrategic { get; private set; }

    public void Change(string body, string service, int? departmentId, DateOnly reportedOn)
    {
        Body = string.IsNullOrWhiteSpace(body) ? throw new DomainException("Enter the inspecting body, like Ofsted", nameof(Body)) : body.Trim();
        Service = string.IsNullOrWhiteSpace(service) ? throw new DomainException("Enter the service inspected", nameof(Service)) : service.Trim();
        DepartmentId = departmentId;
        ReportedOn = reportedOn;
    }

    /// <summary>Records the inspectorate's judgement in its own words (none when it gave none) and whether the inspection is strategic.</summary>
    public void Judge(string? judgement, bool isStrategic)
    {
        var words = string.IsNullOrWhiteSpace(judgement) ? null : judgement.Trim();
        if (words?.Length > InspectionLimits.Judgement)
        {
            throw new DomainException($"Keep the judgement or rating to {InspectionLimits.Judgement} characters or fewer, as the inspectorate words it", nameof(Judgement));
        }

        Judgement = words;
        IsStrategic = isStrategic;
    }
}
