namespace HccPerformance.Core.Reports;

/// <summary>
/// Who the council is and how its reports are marked, from configuration (<c>Council:Name</c>, <c>Council:ProtectiveMarking</c>
/// in appsettings.json): every PDF, report page and CPEG's report takes the name from here, never from the code. A demo
/// database's documents carry no marking (issue 17).
/// </summary>
public sealed class CouncilOptions
{
    public const string Section = "Council";

    public string Name { get; set; } = "";

    public string ProtectiveMarking { get; set; } = "OFFICIAL";
}
