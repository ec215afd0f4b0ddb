using HccPerformance.Core.Common;

namespace HccPerformance.Core.Ambition;

/// <summary>
/// What CPEG asked for about an indicator's target or a plan area, in the exercise of its duty of "ensuring the Council is
/// being ambitious enough" (Appendix One): an append, never changed, shown beside the row on CPEG's ambition view.
/// </summary>
public class AmbitionRequest : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private AmbitionRequest() { }

    public AmbitionRequest(AmbitionSubject subject, int subjectId, string text, string recordedById, string recordedByName, DateTime recordedUtc)
    {
        Subject = subject;
        SubjectId = subjectId;
        Text = string.IsNullOrWhiteSpace(text) ? throw new DomainException("Say what CPEG asked for", nameof(Text)) : text.Trim();
        RecordedById = recordedById;
        RecordedByName = recordedByName;
        RecordedUtc = recordedUtc;
    }

    public AmbitionSubject Subject { get; private set; }
    public int SubjectId { get; private set; }
    public string Text { get; private set; } = "";
    public string RecordedById { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
    public DateTime RecordedUtc { get; private set; }
}
