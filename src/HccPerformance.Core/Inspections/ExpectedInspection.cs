using HccPerformance.Core.Common;

namespace HccPerformance.Core.Inspections;

/// <summary>
/// An inspection on the forward programme (seed 4.14, strategic inspections): who is expected to inspect what, in which
/// month, and what it will cover. It leaves the programme when it happens (it is then that inspection) or is removed.
/// </summary>
public class ExpectedInspection : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed: every list and box that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private ExpectedInspection() { }

    public ExpectedInspection(string inspectorate, string service, int? departmentId, DateOnly expectedMonth, string scope)
    {
        Change(inspectorate, service, departmentId, expectedMonth, scope);
    }

    public string Inspectorate { get; private set; } = "";
    public string Service { get; private set; } = "";
    public int? DepartmentId { get; private set; }

    /// <summary>The first day of the month it is expected in: inspectorates give a month, rarely a day.</summary>
    public DateOnly ExpectedMonth { get; private set; }
    public string Scope { get; private set; } = "";

    /// <summary>The inspection it became, once it happened.</summary>
    public int? InspectionId { get; private set; }

    /// <summary>The same, while it is being recorded (so the programme and the register save together).</summary>
    public Inspection? HappenedAs { get; private set; }

    /// <summary>When it was taken off the programme without happening (cancelled or moved to another inspectorate's plan).</summary>
    public DateOnly? RemovedOn { get; private set; }

    /// <summary>Still expected: neither happened nor removed.</summary>
    public bool IsOpen => InspectionId is null && HappenedAs is null && RemovedOn is null;

    public void Change(string inspectorate, string service, int? departmentId, DateOnly expectedMonth, string scope)
    {
        RequireOpen();
        Inspectorate = string.IsNullOrWhiteSpace(inspectorate)
            ? throw new DomainException("Enter the inspectorate, like Ofsted or the Audit Commission", nameof(Inspectorate)) : inspectorate.Trim();
        Service = string.IsNullOrWhiteSpace(service) ? throw new DomainException("Enter the service or department to be inspected", nameof(Service)) : service.Trim();
        DepartmentId = departmentId;
        ExpectedMonth = new DateOnly(expectedMonth.Year, expectedMonth.Month, 1);
        Scope = scope?.Trim() ?? "";
    }

    /// <summary>It happened: the programme's entry is now the recorded inspection.</summary>
    public void Happened(Inspection inspection)
    {
        RequireOpen();
        HappenedAs = inspection;
    }

    public void Remove(DateOnly on)
    {
        RequireOpen();
        RemovedOn = on;
    }

    private void RequireOpen()
    {
        if (InspectionId is not null || HappenedAs is not null)
        {
            throw new DomainException("This inspection has happened and is recorded in the register: change it there.");
        }

        if (RemovedOn is not null)
        {
            throw new DomainException("This inspection was removed from the forward programme, so it can no longer be changed.");
        }
    }
}
