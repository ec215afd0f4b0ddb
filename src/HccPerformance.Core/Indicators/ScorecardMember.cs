namespace HccPerformance.Core.Indicators;

public class ScorecardMember
{
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
