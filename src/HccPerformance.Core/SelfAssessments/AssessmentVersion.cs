using System.Text.Json;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>A submitted state, frozen: what the Head of Improvement received, as it was.</summary>
public class AssessmentVersion
{
    private AssessmentVersion() { }

    internal AssessmentVersion(int number, AssessmentStatus status, string recordedBy, DateTime recordedUtc, string contentJson)
    {
        Number = number;
        Status = status;
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
        ContentJson = contentJson;
    }

    public int Id { get; private set; }
    public int SelfAssessmentId { get; private set; }
    public int Number { get; private set; }
    public AssessmentStatus Status { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedUtc { get; private set; }
    public string ContentJson { get; private set; } = "";

    public AssessmentContent Content => JsonSerializer.Deserialize<AssessmentContent>(ContentJson) ?? AssessmentContent.Empty;
}
