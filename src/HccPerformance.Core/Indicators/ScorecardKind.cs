namespace HccPerformance.Core.Indicators;

/// <summary>
/// What a scorecard measures, in the words of seed 4.14 and Appendix Three, so the dashboard can give each kind its box
/// whatever the Performance Team names the scorecard (a second value for money scorecard is still value for money).
/// Stored by name, so adding a kind never renumbers the ones held.
/// </summary>
public enum ScorecardKind
{
    /// <summary>First, so it is what a scorecard made before kinds existed reads as (the column's default).</summary>
    Other,
    Laa,
    Nis,
    ValueForMoney,
    CommunityIntelligence,
    LocalPis,
    Aalborg,
}
