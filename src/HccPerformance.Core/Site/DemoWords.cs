using System.Globalization;

namespace HccPerformance.Core.Site;

/// <summary>The words that mark demo data, the same on the banner, the PDFs and the exports (issue 17).</summary>
public static class DemoWords
{
    /// <summary>The banner's heading on every page while the flag is on.</summary>
    public const string Banner = "Demo data: not real figures";

    /// <summary>The column an export carries first, so every row says it, sorted or filtered.</summary>
    public const string ExportColumn = "Demo data";

    /// <summary>What each exported row says in <see cref="ExportColumn"/>.</summary>
    public const string ExportMark = "DEMO: not real figures";

    /// <summary>
    /// Rows for a CSV or Excel export, each with <see cref="ExportColumn"/> first saying <see cref="ExportMark"/> when
    /// <paramref name="demo"/>: still one header row and one table, so the file reads back as before with one more column.
    /// </summary>
    public static List<Dictionary<string, object?>> MarkRows(IEnumerable<Dictionary<string, object?>> rows, bool demo) =>
        demo
            ? [.. rows.Select(r => new Dictionary<string, object?>(r.Prepend(new KeyValuePair<string, object?>(ExportColumn, ExportMark))))]
            : [.. rows];

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"1 demo record", "1,234 demo records".</summary>
    public static string Records(int count) => count == 1 ? "1 demo record" : $"{count.ToString("N0", EnGb)} demo records";
}
