using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// The impact assessment of an area's implementation plan (seed 5.2: "undertaking impact assessments of implementation
/// plans"): the impact expected, on whom, the equality considerations and how it will be measured. One per area across its
/// plan years (its <see cref="PriorityArea.Lineage"/>), edited in place by the Head of Improvement, the Performance Team or
/// the area's accountable Chief Officer.
/// </summary>
public class ImpactAssessment : AuditableEntity
{
    private ImpactAssessment() { }

    public ImpactAssessment(Guid areaLineage, string expectedImpact, string onWhom, string equalityConsiderations, string howMeasured)
    {
        AreaLineage = areaLineage;
        Change(expectedImpact, onWhom, equalityConsiderations, howMeasured);
    }

    public Guid AreaLineage { get; private set; }
    public string ExpectedImpact { get; private set; } = "";
    public string OnWhom { get; private set; } = "";
    public string EqualityConsiderations { get; private set; } = "";
    public string HowMeasured { get; private set; } = "";

    public void Change(string expectedImpact, string onWhom, string equalityConsiderations, string howMeasured)
    {
        ExpectedImpact = Required(expectedImpact, "Say what impact the implementation plan is expected to have", nameof(ExpectedImpact));
        OnWhom = Required(onWhom, "Say on whom: which residents, service users or staff", nameof(OnWhom));
        EqualityConsiderations = Required(equalityConsiderations,
            "Say what the equality considerations are, or that none were found and why", nameof(EqualityConsiderations));
        HowMeasured = Required(howMeasured, "Say how the impact will be measured", nameof(HowMeasured));
    }

    private static string Required(string value, string message, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException(message, field) : value.Trim();
}
