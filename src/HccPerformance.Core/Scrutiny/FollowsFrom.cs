namespace HccPerformance.Core.Scrutiny;

/// <summary>
/// What a review follows from: an area of concern (one the committee may read), a department's section of an issued
/// corporate performance report, or nothing recorded in the site. At most one of the two.
/// </summary>
public sealed record FollowsFrom(int? ConcernId, int? IssuedReportId, string? ReportSection)
{
    public static readonly FollowsFrom Nothing = new(null, null, null);

    public static FollowsFrom Concern(int id) => new(id, null, null);

    public static FollowsFrom Section(int issuedReportId, string department) => new(null, issuedReportId, department);

    /// <summary>How a form names the choice: "", "concern:12" or "report:5:Adult Services".</summary>
    public string Key => ConcernId is { } c ? $"concern:{c}" : IssuedReportId is { } r ? $"report:{r}:{ReportSection}" : "";

    /// <summary>The choice a form sent, or null when it is not one of the three shapes.</summary>
    public static FollowsFrom? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return Nothing;
        }

        var parts = key.Split(':', 3);
        return parts switch
        {
            ["concern", var id] when int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) => Concern(c),
            ["report", var id, var section] when int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r)
                && !string.IsNullOrWhiteSpace(section) => Section(r, section),
            _ => null,
        };
    }
}
