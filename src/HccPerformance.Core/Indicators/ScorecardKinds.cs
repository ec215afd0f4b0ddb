namespace HccPerformance.Core.Indicators;

/// <summary>The kinds of scorecard in the framework's words, for forms, lists and the dashboard.</summary>
public static class ScorecardKinds
{
    /// <summary>In the order seed 4.14 lists the sources, "other" last.</summary>
    public static readonly IReadOnlyList<ScorecardKind> All =
    [
        ScorecardKind.Laa, ScorecardKind.Nis, ScorecardKind.ValueForMoney, ScorecardKind.CommunityIntelligence, ScorecardKind.LocalPis,
        ScorecardKind.Aalborg, ScorecardKind.Other,
    ];

    public static string Name(ScorecardKind kind) => kind switch
    {
        ScorecardKind.Laa => "Local Area Agreement (LAA)",
        ScorecardKind.Nis => "National Indicator Set (NIS)",
        ScorecardKind.ValueForMoney => "Value for money",
        ScorecardKind.CommunityIntelligence => "Community intelligence",
        ScorecardKind.LocalPis => "Local performance indicators (local PIs)",
        ScorecardKind.Aalborg => "Aalborg Commitments",
        ScorecardKind.Other => "Other",
        _ => kind.ToString(),
    };
}
