namespace HccPerformance.Core.Site;

/// <summary>How many records of one kind are marked as demo ("indicator result": 1,200).</summary>
public sealed record DemoRecordCount(string Kind, int Count);

/// <summary>The Administrator's demo data page: the flag, who last changed it, and the demo records still held.</summary>
public sealed record DemoDataView(bool DemoData, Guid Version, DateTime? ChangedUtc, string? ChangedBy, IReadOnlyList<DemoRecordCount> Remaining)
{
    public int RemainingTotal => Remaining.Sum(r => r.Count);
}
