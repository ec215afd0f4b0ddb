namespace HccPerformance.Core.Indicators;

/// <summary>A figure that a correction replaced: what it was, who recorded it and when, and who replaced it.</summary>
public class ResultRevision
{
    private ResultRevision() { }

    internal ResultRevision(decimal value, string? note, DataQuality quality, ResultSource source, string recordedBy, DateTime recordedUtc, string replacedBy, DateTime replacedUtc)
    {
        Value = value;
        Note = note;
        Quality = quality;
        Source = source;
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
        ReplacedBy = replacedBy;
        ReplacedUtc = replacedUtc;
    }

    public int Id { get; private set; }
    public int IndicatorResultId { get; private set; }
    public decimal Value { get; private set; }
    public string? Note { get; private set; }
    public DataQuality Quality { get; private set; }
    public ResultSource Source { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedUtc { get; private set; }
    public string ReplacedBy { get; private set; } = "";
    public DateTime ReplacedUtc { get; private set; }
}
