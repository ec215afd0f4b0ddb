using HccPerformance.Core.Common;

namespace HccPerformance.Core.Inspections;

/// <summary>
/// Intelligence from an inspectorate outside its formal recommendations (seed 4.14): an annual performance assessment
/// letter, feedback after a visit, a national report that names the council. Kept with where it came from, when, what it
/// says, for which department, and where the document is.
/// </summary>
public class IntelligenceRecord : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed: every list and box that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private IntelligenceRecord() { }

    public IntelligenceRecord(string source, DateOnly receivedOn, string summary, int? departmentId, string? documentReference, DateOnly today)
    {
        Change(source, receivedOn, summary, departmentId, documentReference, today);
    }

    public string Source { get; private set; } = "";

    /// <summary>The date of the letter or feedback.</summary>
    public DateOnly ReceivedOn { get; private set; }
    public string Summary { get; private set; } = "";
    public int? DepartmentId { get; private set; }

    /// <summary>Where the document is kept, like a file reference or the inspectorate's web address.</summary>
    public string? DocumentReference { get; private set; }

    public void Change(string source, DateOnly receivedOn, string summary, int? departmentId, string? documentReference, DateOnly today)
    {
        Source = string.IsNullOrWhiteSpace(source)
            ? throw new DomainException("Enter where it came from, like Ofsted annual performance assessment letter", nameof(Source)) : source.Trim();
        if (receivedOn > today)
        {
            throw new DomainException("The date cannot be in the future: enter the date of the letter or feedback", nameof(ReceivedOn));
        }

        ReceivedOn = receivedOn;
        Summary = string.IsNullOrWhiteSpace(summary) ? throw new DomainException("Summarise what it says", nameof(Summary)) : summary.Trim();
        DepartmentId = departmentId;
        DocumentReference = string.IsNullOrWhiteSpace(documentReference) ? null : documentReference.Trim();
    }
}
