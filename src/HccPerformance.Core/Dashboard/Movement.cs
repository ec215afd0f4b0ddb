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

    /// <summary>
    /// Compares a count that is neither good nor bad news (intelligence received in a quarter) with the quarter before's:
    /// more, fewer or the same, never better or worse.
    /// </summary>
    /// <param name="what">The count in words after its number ("new intelligence").</param>
    /// <param name="since">The quarter the earlier count is of ("Quarter 1 2009/10").</param>
    public static Movement Neutral(int now, int? before, string what, string? since)
    {
        if (before is not { } was || since is null)
        {
            return NotKnown;
        }

        if (now == was)
        {
            return new(BoxDirection.Same, $"Same: {now} {what}, as in {since}.") { Brief = $"Same as {since}" };
        }

        var more = now > was;
        return new(more ? BoxDirection.More : BoxDirection.Fewer,
            $"{(more ? "More" : "Fewer")}: {now} {what}, {(more ? "up" : "down")} from {was} in {since}; neither better nor worse in itself.")
        {
            Brief = $"{(more ? "More" : "Fewer")}, was {was}",
        };
    }
}
