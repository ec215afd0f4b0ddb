using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// One result of an indicator for one period (seed 4.23), with a note and how far the figure can be trusted.
/// A correction keeps what it replaced in <see cref="History"/>.
/// </summary>
public class IndicatorResult : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private readonly List<ResultRevision> history = [];

    private IndicatorResult() { }

    public IndicatorResult(int indicatorId, ResultPeriod period, decimal value, string? note, DataQuality quality, ResultSource source, string recordedBy, DateTime recordedUtc)
    {
        IndicatorId = indicatorId;
        PeriodStart = period.Start;
        PeriodEnd = period.End;
        Value = value;
        Note = Clean(note);
        Quality = quality;
        Source = source;
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
    }

    public int IndicatorId { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public decimal Value { get; private set; }
    public string? Note { get; private set; }
    public DataQuality Quality { get; private set; }
    public ResultSource Source { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedUtc { get; private set; }
    public IReadOnlyList<ResultRevision> History => history;

    /// <summary>Whether the figure, note and quality are already exactly these: re-entering or re-importing them changes nothing.</summary>
    public bool Holds(decimal value, string? note, DataQuality quality) => Value == value && Note == Clean(note) && Quality == quality;

    /// <summary>Replaces the figure, keeping the one it replaces. Returns false when nothing would change.</summary>
    public bool Correct(decimal value, string? note, DataQuality quality, ResultSource source, string recordedBy, DateTime recordedUtc)
    {
        if (Holds(value, note, quality))
        {
            return false;
        }

        history.Add(new ResultRevision(Value, Note, Quality, Source, RecordedBy, RecordedUtc, recordedBy, recordedUtc));
        Value = value;
        Note = Clean(note);
        Quality = quality;
        Source = source;
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
        // The figure is now the one this person gave, not the demo's (issue 17): the old one stays in the history.
        IsDemo = false;
        return true;
    }

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
