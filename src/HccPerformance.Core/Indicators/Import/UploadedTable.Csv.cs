using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace HccPerformance.Core.Indicators.Import;

public static partial class UploadedTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static TableReadResult ReadCsv(byte[] bytes, string name, ColumnSet columns)
    {
        var notUtf8 = $"{name} is not saved as UTF-8 text. In Excel, use Save As and choose \"CSV UTF-8 (Comma delimited) (*.csv)\", then upload that file.";
        // Text saved as UTF-16 ("Unicode Text" in Excel) is the right kind of file in the wrong encoding.
        if (StartsWith(bytes, 0xFF, 0xFE) || StartsWith(bytes, 0xFE, 0xFF))
        {
            return Refuse(notUtf8);
        }

        // Binary content with a .csv name: a workbook or other zip, a PDF, an old .xls (which has NUL bytes), and so on.
        if (StartsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || StartsWith(bytes, 0x25, 0x50, 0x44, 0x46) || bytes.AsSpan().Contains((byte)0))
        {
            return Refuse(Neither(name));
        }

        var start = StartsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Refuse(notUtf8);
        }

        return Tabulate(CsvRows(text), ex => ex is CsvHelperException
            ? $"{name} could not be read as a CSV file. In Excel, use Save As and choose \"CSV UTF-8 (Comma delimited) (*.csv)\", then upload that file."
            : null, name, "The file is empty.", columns);
    }

    /// <summary>Every CSV record, blank ones included, so that a row's number is the one a spreadsheet would show for it.</summary>
    private static IEnumerable<SourceRow> CsvRows(string text)
    {
        var badQuote = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ",",
            DetectDelimiter = false,
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = _ => badQuote = true,
            MissingFieldFound = null,
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        while (parser.Read())
        {
            // The parser finds a stray quotation mark only as the fields are taken, so take them first.
            var record = parser.Record ?? [];
            var problem = badQuote
                ? "has a quotation mark in the wrong place: a value with a comma, quotation mark or line break in it must be in quotation marks, with any quotation mark inside it doubled"
                : null;
            badQuote = false;
            yield return new SourceRow(parser.Row, record, problem);
        }
    }
}
