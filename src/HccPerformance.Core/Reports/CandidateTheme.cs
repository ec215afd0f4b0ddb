namespace HccPerformance.Core.Reports;

/// <summary>A possible common theme across departments, with the items that suggest it. <see cref="Key"/> names it across visits.</summary>
public sealed record CandidateTheme(string Key, string Title, string Reason, IReadOnlyList<ThemeEvidence> Evidence)
{
    public IReadOnlyList<string> Departments => [.. Evidence.Select(e => e.Department).Distinct().Order(StringComparer.Ordinal)];
}
