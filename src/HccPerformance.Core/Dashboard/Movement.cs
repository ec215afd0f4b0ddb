namespace HccPerformance.Core.Dashboard;

/// <summary>
/// A box's direction since the previous quarter and the sentence that says it, so the glance view never relies on the
/// arrow's colour or shape alone (issue 18).
/// </summary>
public sealed record Movement(BoxDirection Direction, string Words)
{
    public static readonly Movement NotKnown = new(BoxDirection.NotKnown, "No earlier figure to compare with.") { Brief = "No earlier figure" };

    /// <summary>The direction in a few words for the glance view ("Better, was 5"); <see cref="Words"/> says it in full.</summary>
    public string Brief { get; init; } = "";

    /// <summary>
    /// Compares a box's headline figure with the same figure at the end of the previous quarter. Fewer reds, fewer overdue
    /// items and fewer bottom-quartile results are better (<paramref name="lowerIsBetter"/>); a higher Aalborg score is.
    /// </summary>
    /// <param name="what">The figure in words after its number ("red", "overdue").</param>
    /// <param name="since">When the earlier figure was taken ("Quarter 1 2009/10").</param>
    public static Movement Of(decimal now, decimal? before, string what, string? since, bool lowerIsBetter = true, string format = "0.##")
    {
        if (before is not { } was || since is null)
        {
            return NotKnown;
        }

        var culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        string Show(decimal v) => v.ToString(format, culture);
        if (now == was)
        {
            return new(BoxDirection.Same, $"Same: {Show(now)} {what}, as at the end of {since}.") { Brief = $"Same as {since}" };
        }

        var better = lowerIsBetter ? now < was : now > was;
        return new(better ? BoxDirection.Better : BoxDirection.Worse,
            $"{(better ? "Better" : "Worse")}: {Show(now)} {what}, {(now < was ? "down" : "up")} from {Show(was)} at the end of {since}.")
        {
            Brief = $"{(better ? "Better" : "Worse")}, was {Show(was)}",
        };
    }
}
