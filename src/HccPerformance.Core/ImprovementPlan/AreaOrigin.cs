using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// What a priority area emerged from (seed 5.1-5.2), with the source's title as it stood when the area was proposed, so it
/// reads well even if the source is reworded later. It belongs to the area's <see cref="PriorityArea.Lineage"/>: the same
/// area in each plan year keeps where it came from. Never changed once recorded.
/// </summary>
public class AreaOrigin
{
    private AreaOrigin() { }

    public AreaOrigin(Guid areaLineage, AreaOriginKind kind, int? sourceId, string sourceTitle, string? reason, string recordedBy, DateTime recordedUtc)
    {
        if (kind == AreaOriginKind.LocalImportance)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new DomainException("Say why the area matters locally: the reason is kept with it", nameof(Reason));
            }

            sourceId = null;
        }
        else if (sourceId is null)
        {
            throw new DomainException("Choose the record the area emerged from", nameof(SourceId));
        }

        AreaLineage = areaLineage;
        Kind = kind;
        SourceId = sourceId;
        SourceTitle = sourceTitle.Trim();
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
    }

    public int Id { get; private set; }
    public Guid AreaLineage { get; private set; }
    public AreaOriginKind Kind { get; private set; }

    /// <summary>The indicator, recommendation or concern; null for local importance.</summary>
    public int? SourceId { get; private set; }

    /// <summary>The source's title when the area was proposed.</summary>
    public string SourceTitle { get; private set; } = "";

    /// <summary>Why it matters locally (local importance), or a note on the source.</summary>
    public string? Reason { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedUtc { get; private set; }
}
