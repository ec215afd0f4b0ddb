using System.Globalization;

namespace HccPerformance.Web.Models;

/// <summary>The house style for dates and money (ux.md): "30 Jun 2009", £1,234.</summary>
public static class Display
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    public static string Date(DateTime utc) => utc.ToString("d MMM yyyy", Culture);

    public static string DateTime(DateTime utc) => utc.ToString("d MMM yyyy HH:mm", Culture) + " UTC";

    public static string Money(decimal amount) => amount.ToString("C0", Culture);

    public static string DaysLeft(DateOnly deadline, DateOnly today) => (deadline.DayNumber - today.DayNumber) switch
    {
        0 => "due today",
        1 => "1 day left",
        > 1 and var d => $"{d} days left",
        -1 => "1 day overdue",
        var d => $"{-d} days overdue",
    };
}
