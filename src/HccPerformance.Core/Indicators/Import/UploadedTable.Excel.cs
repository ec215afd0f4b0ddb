using System.Globalization;
using System.IO.Compression;
using System.Xml;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace HccPerformance.Core.Indicators.Import;

public static partial class UploadedTable
{
    /// <summary>The most a workbook may unpack to. Ten megabytes of spreadsheet XML unpacks to well under this; a "zip bomb"
    /// does not.</summary>
    internal const long MaxUnpackedBytes = 256 * Megabyte;

    private static readonly string[] SpreadsheetNamespaces =
    [
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ];

    private static TableReadResult ReadWorkbook(byte[] bytes, string name, ColumnSet columns)
    {
        if (!StartsWith(bytes, 0x50, 0x4B, 0x03, 0x04))
        {
            // An old .xls renamed, or a workbook saved with a password (both are OLE compound files, not zips).
            return Refuse(Neither(name) + (StartsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)
                ? " If it is protected with a password, remove the password and save it again as an Excel Workbook (.xlsx)."
                : ""));
        }

        var damaged = $"{name} could not be read as an Excel workbook; it may be damaged. Open it in Excel, save it again as an Excel Workbook (.xlsx) and upload that.";
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (!zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)))
            {
                return Refuse(Neither(name));
            }

            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                return Refuse($"{name} is too large to read once unpacked. Upload at most {MaxRows:N0} rows of plain values.");
            }

            if (zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).Any(HasFormula))
            {
                return Refuse("The workbook contains formulas; paste the values only and upload again.");
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException or ArgumentException)
        {
            return Refuse(damaged);
        }

        // MiniExcel is third-party code reading untrusted bytes: whatever it throws means the workbook is unreadable.
        return Tabulate(WorkbookRows(bytes), ex => ex is OutOfMemoryException ? null : damaged,
            name, $"The first worksheet in {name} is empty; the import reads the first worksheet only.", columns);
    }

    /// <summary>Whether a part has a cell with a formula (a &lt;c&gt; with an &lt;f&gt; in it). Formulas in data validation
    /// or conditional formatting are in other elements and namespaces, and do not count.</summary>
    private static bool HasFormula(ZipArchiveEntry entry)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, settings);
        var cellDepth = -1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && SpreadsheetNamespaces.Contains(reader.NamespaceURI))
            {
                if (reader.LocalName == "c" && !reader.IsEmptyElement)
                {
                    cellDepth = reader.Depth;
                }
                else if (reader.LocalName == "f" && reader.Depth == cellDepth + 1 && cellDepth >= 0)
                {
                    return true;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == cellDepth)
            {
                cellDepth = -1;
            }
        }

        return false;
    }

    /// <summary>The first worksheet's rows from row 1 (MiniExcel gives a blank row for each row the sheet leaves out, so the
    /// count is the row number), each cell as text.</summary>
    private static IEnumerable<SourceRow> WorkbookRows(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var configuration = new OpenXmlConfiguration { EnableSharedStringCache = false, FillMergedCells = false };
        var line = 0;
        foreach (var row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX, configuration: configuration)
                     .Cast<IDictionary<string, object?>>())
        {
            line++;
            var cells = new List<string?>();
            foreach (var (key, value) in row)
            {
                var index = ColumnIndex(key);
                while (cells.Count <= index)
                {
                    cells.Add(null);
                }

                cells[index] = value is null ? null : CellText(value);
            }

            yield return new SourceRow(line, cells, null);
        }
    }

    /// <summary>"A" is 0, "Z" 25, "AA" 26.</summary>
    private static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            if (c is < 'A' or > 'Z' || index > 16_384)
            {
                throw new InvalidDataException($"\"{letters}\" is not a column.");
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>A cell's value as text, the same whatever the server's culture: 12.5 is "12.5", 0.1 is "0.1" (not
    /// 0.1000000000000000055511151231257827), a date is 2024-03-31.</summary>
    internal static string CellText(object value) => value switch
    {
        string text => text,
        double number => NumberText(number),
        float number => NumberText(number),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset date => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        TimeSpan time => time.ToString("c", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Excel keeps 15 significant digits, as a decimal converted from a double does: so 0.1 stays "0.1" and a stored
    /// 0.30000000000000004 (0.1 + 0.2) reads "0.3", as Excel shows it. Numbers a decimal cannot hold that way (tiny or
    /// huge) keep their shortest round-trip form, such as 1E-30.
    /// </summary>
    internal static string NumberText(double number)
    {
        var magnitude = Math.Abs(number);
        return number == 0
            ? "0"
            : double.IsFinite(number) && magnitude is >= 1e-13 and < 1e28
                ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
                : number.ToString("R", CultureInfo.InvariantCulture);
    }
}
