namespace HccPerformance.Core.Reports;

/// <summary>Who the council is and how its reports are marked, from configuration (<c>Council:Name</c>, <c>Council:ProtectiveMarking</c>).</summary>
public sealed class CouncilOptions
{
    public const string Section = "Council";

    public string Name { get; set; } = "Hampshire County Council";

    public string ProtectiveMarking { get; set; } = "OFFICIAL";
}
