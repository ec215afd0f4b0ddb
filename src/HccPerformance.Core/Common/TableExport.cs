using System.Globalization;
using System.Text;

namespace HccPerformance.Core.Common;

/// <summary>
/// Tables leaving the site as CSV or Excel. No cell ever starts like a formula (OWASP CSV injection): text that begins with
/// =, +, -, @, a tab or a carriage return gets a leading apostrophe, unless it is simply a number such as -12.5.
/// </summary>
public static class TableExport
{
    public static object? Safe(object? value) => value is string text ? SafeText(text) : value;

    public static string SafeText(string text)
    {
        if (text.Length == 0 || !"=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            return text;
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? text : "'" + text;
    }

    /// <summary>The rows as RFC 4180 CSV (CRLF line ends), every cell quoted, headers from the first row's keys.</summary>
    public static string Csv(IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var csv = new StringBuilder();
        static string Cell(object? value)
        {
            var text = value switch
            {
                decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
            };
            return "\"" + SafeText(text).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        if (rows.Count > 0)
        {
            csv.Append(string.Join(",", rows[0].Keys.Select(Cell))).Append("\r\n");
        }

        foreach (var row in rows)
        {
            csv.Append(string.Join(",", row.Values.Select(Cell))).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The same rows made safe for a workbook: text cells guarded, numbers left as numbers.</summary>
    public static List<Dictionary<string, object?>> ForWorkbook(IEnumerable<Dictionary<string, object?>> rows) =>
        [.. rows.Select(r => r.ToDictionary(c => c.Key, c => Safe(c.Value)))];
}
