using HccPerformance.Core.Indicators;

namespace HccPerformance.Web.Models.Indicators;

/// <summary>Making a scorecard, or renaming and changing one (with retiring it below the form).</summary>
public sealed class ScorecardFormViewModel
{
    /// <summary>The scorecard being changed; null when making one.</summary>
    public int? Id { get; set; }
    public ScorecardInput Input { get; set; } = new() { Kind = ScorecardKind.Other, Weight = 1m, OnDashboard = true };
    public RetireScorecardInput Retire { get; set; } = new();

    /// <summary>The name it had when the page was read, for the headings (the form may hold a new one).</summary>
    public string? CurrentName { get; set; }
}
