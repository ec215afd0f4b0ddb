using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

public class ScorecardMember : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private ScorecardMember() { }

    internal ScorecardMember(int indicatorId, decimal weight)
    {
        IndicatorId = indicatorId;
        Weight = weight;
    }

    public int ScorecardId { get; private set; }
    public int IndicatorId { get; private set; }
    public decimal Weight { get; internal set; }
}
