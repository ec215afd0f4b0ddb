namespace HccPerformance.Core.Common;

/// <summary>
/// A reference record (a national indicator, an area of the 2008 plan) on which the demo writes invented details:
/// who answers for it, its accountability. The record itself stays reference; the details carry the demo mark, so a
/// list can show the real title unmarked and the invented department beside it marked (issue 17).
/// </summary>
public interface IDemoDetails
{
    bool DetailsAreDemo { get; }

    void MarkDetailsAsDemo();

    /// <summary>A person changed the details through the site: they are theirs now, no longer the demo's.</summary>
    void ClearDetailsDemoMark();
}
