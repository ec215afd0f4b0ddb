namespace HccPerformance.Core.Concerns;

/// <summary>
/// Appendix Two's four categories: "report back to CPEG within six / three / two / one month(s)". The only report-back
/// intervals there are: each sets the date by which the next report-back is due, counted from CPEG's decision.
/// </summary>
public static class ReportBackCategories
{
    /// <summary>Months within which the next report-back is due, category one first.</summary>
    public static readonly IReadOnlyList<int> Months = [6, 3, 2, 1];

    public static bool IsCategory(int months) => Months.Contains(months);

    /// <summary>"Category two (within three months)".</summary>
    public static string Name(int months) => months switch
    {
        6 => "Category one (within six months)",
        3 => "Category two (within three months)",
        2 => "Category three (within two months)",
        1 => "Category four (within one month)",
        _ => $"Within {months} months",
    };

    /// <summary>The date by which the next report-back is due: N months from the decision (a month-end stays in its month: 31 Aug + 6 is 28 Feb).</summary>
    public static DateOnly DueFrom(DateOnly decidedOn, int months) =>
        IsCategory(months) ? decidedOn.AddMonths(months) : throw new Common.DomainException(Refusal, nameof(Intervention.FrequencyMonths));

    public const string Refusal = "Choose a category: report back within six, three, two or one month(s)";
}
