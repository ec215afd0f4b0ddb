using HccPerformance.Core.Indicators;
using HccPerformance.Core.Indicators.Import;

namespace HccPerformance.Web.Models.Indicators;

/// <summary>The scorecard membership import: the scorecards a file may name, and what the last upload found.</summary>
public sealed class MembershipImportViewModel
{
    public required IReadOnlyList<ScorecardSummary> Scorecards { get; init; }
    public ImportOutcome? Outcome { get; set; }
    public string? FileName { get; set; }
}
