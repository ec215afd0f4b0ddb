namespace HccPerformance.Web.Models.Guidance;

/// <summary>The guidance, with the signed-in person's roles first.</summary>
public sealed class GuidanceViewModel
{
    public required IReadOnlyList<RoleGuide> Yours { get; init; }
    public required RoleGuide Everyone { get; init; }
    public required IReadOnlyList<RoleGuide> Others { get; init; }

    /// <summary>The database holds demo data: the guidance says how to walk the demo's plan life.</summary>
    public bool Demo { get; init; }
}
