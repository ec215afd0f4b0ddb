using System.Text;
using HccPerformance.Core.Common;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Infrastructure;

/// <summary>Downloads of a table as CSV or Excel, named for what they hold and the day they were made.</summary>
public static class TableFiles
{
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
