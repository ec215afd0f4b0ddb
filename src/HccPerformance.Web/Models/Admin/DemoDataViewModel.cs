using HccPerformance.Core.Site;

namespace HccPerformance.Web.Models.Admin;

/// <summary>The Administrator's demo data page: the flag as saved, the demo records still held, and the form.</summary>
public sealed class DemoDataViewModel
{
    public required DemoDataView View { get; init; }
    public DemoDataInput Input { get; set; } = new();
}
