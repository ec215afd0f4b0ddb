using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// One of a department's service plans that carries a priority area (seed 5.7: the plan is "picked up in department and
/// service plans"): its name and a web address or a reference to where it is kept. Belongs to the area's lineage, so it
/// stays listed in each year of the plan; added and removed, never edited.
/// </summary>
public class ServicePlanLink
{
    private ServicePlanLink() { }

    public ServicePlanLink(Guid areaLineage, int departmentId, string name, string reference, string addedBy, DateTime addedUtc)
    {
        AreaLineage = areaLineage;
        DepartmentId = departmentId;
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Name the service plan", nameof(Name)) : name.Trim();
        Reference = string.IsNullOrWhiteSpace(reference)
            ? throw new DomainException("Give a web address or a reference to where the service plan is kept", nameof(Reference))
            : reference.Trim();
        AddedBy = addedBy;
        AddedUtc = addedUtc;
    }

    public int Id { get; private set; }
    public Guid AreaLineage { get; private set; }
    public int DepartmentId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>A web address (shown as a link) or a reference, like a document number or a shared folder.</summary>
    public string Reference { get; private set; } = "";
    public string AddedBy { get; private set; } = "";
    public DateTime AddedUtc { get; private set; }

    /// <summary>The reference as a link when it is a web address (http or https only: never a script).</summary>
    public string? Url => AsUrl(Reference);

    public static string? AsUrl(string? reference) =>
        Uri.TryCreate(reference?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri : null;

    /// <summary>Whether the reference looks like a web address (so it must be one that works).</summary>
    public static bool LooksLikeAddress(string? reference) =>
        reference is { } r && (r.Contains("://", StringComparison.Ordinal) || r.TrimStart().StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || r.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
}
