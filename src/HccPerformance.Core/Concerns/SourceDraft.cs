namespace HccPerformance.Core.Concerns;

/// <summary>
/// A record a concern can be raised from, read as it stands now: what the form is filled with, and whether the record
/// qualifies (a red indicator, a red-band risk, an overdue recommendation, a bottom-quartile benchmark, an area for
/// improvement or outstanding risk of a submitted self-assessment, a red plan area). <see cref="WhyNot"/> says why not.
/// </summary>
public sealed record SourceDraft(ConcernSource Source, int SourceId, string Title, string Evidence, int? DepartmentId, string Link, string? WhyNot)
{
    public bool Qualifies => WhyNot is null;
}
