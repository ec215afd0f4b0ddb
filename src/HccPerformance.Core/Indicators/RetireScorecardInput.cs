using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>Retiring a scorecard, against the version the page was read with (someone may have just put it on a report).</summary>
public sealed record RetireScorecardInput : IVersionedInput
{
    public Guid Version { get; set; }
}
