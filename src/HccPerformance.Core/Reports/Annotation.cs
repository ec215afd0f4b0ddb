using HccPerformance.Core.Common;

namespace HccPerformance.Core.Reports;

/// <summary>
/// The Head of Improvement's comment on a self-assessment, anchored to one of its items or to the assessment as a whole.
/// The item's words are kept with it, so it still reads right if the item is later reworded or removed.
/// </summary>
public class Annotation : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private Annotation() { }

    public Annotation(int selfAssessmentId, int? assessmentItemId, string? anchorText, string? text)
    {
        SelfAssessmentId = selfAssessmentId;
        AssessmentItemId = assessmentItemId;
        AnchorText = anchorText;
        Text = Checked(text);
    }

    public int SelfAssessmentId { get; private set; }
    public int? AssessmentItemId { get; private set; }
    public string? AnchorText { get; private set; }
    public string Text { get; private set; } = "";

    public void Rewrite(string? text) => Text = Checked(text);

    private static string Checked(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            throw new DomainException("Write the comment", "Text");
        }

        return trimmed.Length > ReportLimits.Annotation
            ? throw new DomainException($"Keep the comment to {ReportLimits.Annotation:N0} characters or fewer (it has {trimmed.Length:N0})", "Text")
            : trimmed;
    }
}
