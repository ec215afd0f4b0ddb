using System.Text;
using HccPerformance.Core.Common;
using HccPerformance.Core.Site;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Downloads of a table as CSV or Excel, named for what they hold and the day they were made. Exports of the council's
/// figures take the demo flag, so each row says "DEMO: not real figures" while the site holds demo data (issue 17);
/// templates and other files that are not data use the plain forms.
/// </summary>
public static class TableFiles
{
    /// <summary>Data rows as CSV, marked as demo on every row when <paramref name="demo"/>.</summary>
    public static FileContentResult Csv(IEnumerable<Dictionary<string, object?>> rows, string fileName, bool demo) =>
        Csv(TableExport.Csv(DemoWords.MarkRows(rows, demo)), fileName);

    /// <summary>Data rows as an Excel workbook, marked as demo on every row when <paramref name="demo"/>.</summary>
    public static Task<FileStreamResult> ExcelAsync(IEnumerable<Dictionary<string, object?>> rows, string sheetName, string fileName, bool demo, CancellationToken ct) =>
        ExcelAsync(DemoWords.MarkRows(rows, demo), sheetName, fileName, ct);

    public static FileContentResult Csv(string csv, string fileName) =>
        // A byte-order mark so Excel opens the pound signs and apostrophes as written.
        new([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8") { FileDownloadName = fileName };

    public static async Task<FileStreamResult> ExcelAsync(IEnumerable<Dictionary<string, object?>> rows, string sheetName, string fileName, CancellationToken ct)
    {
        var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, TableExport.ForWorkbook(rows), sheetName: sheetName, cancellationToken: ct);
        stream.Position = 0;
        return new FileStreamResult(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = fileName };
    }
}
