using HccPerformance.Core.Indicators.Import;

namespace HccPerformance.Web.Models.Indicators;

/// <summary>The indicator sources import: how the national indicators are marked now, and what the last upload found.</summary>
public sealed class SourceImportViewModel
{
    public required SourceCounts Counts { get; init; }
    public ImportOutcome? Outcome { get; set; }
    public string? FileName { get; set; }
}
