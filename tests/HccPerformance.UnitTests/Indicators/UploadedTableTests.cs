using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Indicators.Import;
using MiniExcelLibs;

namespace HccPerformance.UnitTests.Indicators;

/// <summary>The import's file reading (issue 5, "Bad input"): CSV and Excel read alike, and anything else refused in plain words.</summary>
public sealed class UploadedTableTests
{
    private static readonly string[] Required = ["Indicator code", "Period", "Value"];
    private static readonly string[] Optional = ["Note", "Data quality"];

    [Fact]
    public void A_csv_with_a_bom_crlf_quoted_commas_and_line_breaks_and_loosely_written_headers_is_read_by_column()
    {
        var csv = "indicator_code , PERIOD,Value,Comments,DataQuality,note\r\n"
            + "NI 192,2024-25 Q1,48.5,ignored,Estimated,\"Up, again\"\r\n"
            + "\r\n"
            + "  NI 191 ,2024-25 Q1,-12.5,,, \"Two\r\nlines\" \r\n"
            + ",,,,,\r\n"
            + "NI 2,2024-25 Q2,+3,,,\r\n";

        var table = Read(Utf8(csv, bom: true), "results.csv");

        Assert.Null(table.Refusal);
        Assert.Empty(table.Problems);
        Assert.True(table.IsUsable);
        Assert.Equal([2, 4, 6], table.Rows.Select(r => r.Line));
        var first = table.Rows[0];
        Assert.Equal("NI 192", first.Cell("Indicator code"));
        Assert.Equal("2024-25 Q1", first.Cell("Period"));
        Assert.Equal("48.5", first.Cell("Value"));
        Assert.Equal("Up, again", first.Cell("Note"));
        Assert.Equal("Estimated", first.Cell("Data quality"));
        Assert.Equal("Estimated", first.Cell("data quality"));
        Assert.Equal(["Indicator code", "Period", "Value", "Data quality", "Note"], first.Cells.Keys);
        Assert.Equal("", first.Cell("Comments"));
        Assert.Equal("NI 191", table.Rows[1].Cell("Indicator code"));
        Assert.Equal("-12.5", table.Rows[1].Cell("Value"));
        Assert.Equal("Two\r\nlines", table.Rows[1].Cell("Note"));
        Assert.Equal("", table.Rows[1].Cell("Data quality"));
        Assert.Equal("+3", table.Rows[2].Cell("Value"));
    }

    [Fact]
    public void An_optional_column_the_file_leaves_out_is_absent_and_reads_as_empty()
    {
        var table = Read(Utf8("Indicator code,Period,Value\nNI 192,2024-25 Q1,48.5"), "results.csv");

        Assert.True(table.IsUsable);
        var row = Assert.Single(table.Rows);
        Assert.Equal(2, row.Line);
        Assert.False(row.Cells.ContainsKey("Note"));
        Assert.Equal("", row.Cell("Note"));
    }

    [Fact]
    public void A_workbook_is_read_from_its_first_sheet_with_numbers_as_invariant_text_whatever_the_culture()
    {
        var workbook = Xlsx(
            Row("NI 192", "2024-25 Q1", 12.5, "Confirmed", "ignored"),
            Row("NI 191", "2024-25 Q1", 0.1, null, null),
            Row(null, null, null, null, null),
            Row("NI 2", new DateTime(2024, 3, 31), 42, "In doubt", null));
        var culture = CultureInfo.CurrentCulture;
        TableReadResult table;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            table = Read(workbook, "Results Q1.XLSX");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Null(table.Refusal);
        Assert.Empty(table.Problems);
        Assert.Equal([2, 3, 5], table.Rows.Select(r => r.Line));
        Assert.Equal("NI 192", table.Rows[0].Cell("Indicator code"));
        Assert.Equal("12.5", table.Rows[0].Cell("Value"));
        Assert.Equal("Confirmed", table.Rows[0].Cell("Data quality"));
        Assert.Equal("0.1", table.Rows[1].Cell("Value"));
        Assert.Equal("", table.Rows[1].Cell("Data quality"));
        Assert.Equal("2024-03-31", table.Rows[2].Cell("Period"));
        Assert.Equal("42", table.Rows[2].Cell("Value"));
        Assert.False(table.Rows[0].Cells.ContainsKey("Note"));
    }

    [Theory]
    [InlineData(12.5, "12.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(-12.5, "-12.5")]
    [InlineData(42.0, "42")]
    [InlineData(0.0, "0")]
    [InlineData(0.30000000000000004, "0.3")]
    [InlineData(1234567.891, "1234567.891")]
    [InlineData(1e-30, "1E-30")]
    public void Workbook_numbers_read_as_Excel_shows_them(double number, string expected)
    {
        Assert.Equal(expected, UploadedTable.NumberText(number));
    }

    [Theory]
    [InlineData("results.xls")]
    [InlineData("results.pdf")]
    [InlineData("results.txt")]
    [InlineData("results")]
    [InlineData(@"C:\Users\me\results.docx")]
    public void A_file_that_is_not_csv_or_xlsx_by_name_is_refused_naming_it(string fileName)
    {
        var table = Read(Utf8("Indicator code,Period,Value\nNI 192,2024-25 Q1,48.5"), fileName);

        var name = fileName[(fileName.LastIndexOf('\\') + 1)..];
        Assert.StartsWith($"Upload a CSV file (.csv) or an Excel workbook (.xlsx); {name} is neither.", table.Refusal);
        Assert.Empty(table.Rows);
        Assert.False(table.IsUsable);
    }

    [Fact]
    public void A_csv_that_is_really_a_workbook_or_binary_and_a_workbook_that_is_really_text_are_refused()
    {
        var workbook = Xlsx(Row("NI 192", "2024-25 Q1", 12.5, null, null));
        var binary = Utf8("Indicator code,Period,Value\nNI 192,2024-25 Q1,48\0.5");
        var text = Utf8("Indicator code,Period,Value\nNI 192,2024-25 Q1,48.5");

        Assert.Equal("Upload a CSV file (.csv) or an Excel workbook (.xlsx); results.csv is neither.", Read(workbook, "results.csv").Refusal);
        Assert.Equal("Upload a CSV file (.csv) or an Excel workbook (.xlsx); results.csv is neither.", Read(binary, "results.csv").Refusal);
        Assert.Equal("Upload a CSV file (.csv) or an Excel workbook (.xlsx); results.xlsx is neither.", Read(text, "results.xlsx").Refusal);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_and_a_password_protected_workbook_are_refused()
    {
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<document/>");
        }

        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        Assert.Equal("Upload a CSV file (.csv) or an Excel workbook (.xlsx); report.xlsx is neither.", Read(zipped.ToArray(), "report.xlsx").Refusal);
        Assert.Equal("Upload a CSV file (.csv) or an Excel workbook (.xlsx); results.xlsx is neither. "
            + "If it is protected with a password, remove the password and save it again as an Excel Workbook (.xlsx).", Read(compoundFile, "results.xlsx").Refusal);
    }

    [Fact]
    public void A_csv_not_saved_as_utf8_is_refused_saying_how_to_save_it()
    {
        var windows1252 = Encoding.Latin1.GetBytes("Indicator code,Period,Value,Note\nNI 192,2024-25 Q1,48.5,Café");

        var refusal = Read(windows1252, "results.csv").Refusal;

        Assert.NotNull(refusal);
        Assert.StartsWith("results.csv is not saved as UTF-8 text.", refusal);
        Assert.Contains("CSV UTF-8", refusal);
        Assert.StartsWith("results.csv is not saved as UTF-8 text.", Read(Encoding.Unicode.GetBytes("\uFEFFIndicator code,Period,Value"), "results.csv").Refusal);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal("The file is empty.", UploadedTable.Read(new MemoryStream(), "results.csv", 0, Required, Optional).Refusal);
        Assert.Equal("The file is empty.", Read([0xEF, 0xBB, 0xBF], "results.csv").Refusal);
    }

    [Theory]
    [InlineData(IndicatorLimits.ImportBytes + 1, "10.1")]
    [InlineData(25L * 1024 * 1024, "25")]
    public void A_file_over_10_MB_is_refused_without_being_read(long length, string megabytes)
    {
        var table = UploadedTable.Read(new UnreadableStream(), "results.csv", length, Required, Optional);

        Assert.Equal($"The file is {megabytes} MB; the largest file the import takes is 10 MB.", table.Refusal);
    }

    [Fact]
    public void A_missing_required_column_is_refused_naming_it_and_the_columns_expected()
    {
        var refusal = Read(Utf8("Indicator code,Period,Result\nNI 192,2024-25 Q1,48.5"), "results.csv").Refusal;

        Assert.Equal("results.csv is missing the column Value. The first row must be the header row naming the columns "
            + "Indicator code, Period and Value (and, if you have them, Note and Data quality).", refusal);
    }

    [Fact]
    public void A_file_separated_by_semicolons_is_told_so()
    {
        var refusal = Read(Utf8("Indicator code;Period;Value\nNI 192;2024-25 Q1;48,5"), "results.csv").Refusal;

        Assert.NotNull(refusal);
        Assert.StartsWith("results.csv is missing the columns Indicator code, Period and Value.", refusal);
        Assert.Contains("separated by semicolons", refusal);
    }

    [Fact]
    public void A_column_given_twice_is_refused()
    {
        var refusal = Read(Utf8("Indicator code,Period,Value,value\nNI 192,2024-25 Q1,48.5,49"), "results.csv").Refusal;

        Assert.Equal("results.csv has two Value columns (\"Value\" and \"value\"); keep one of them and upload the file again.", refusal);
    }

    [Theory]
    [InlineData("Indicator code,Period,Value")]
    [InlineData("Indicator code,Period,Value\r\n\r\n,,\r\n")]
    public void A_header_with_no_data_rows_is_refused(string csv)
    {
        Assert.Equal("The file has a header row but no data rows.", Read(Utf8(csv), "results.csv").Refusal);
    }

    [Fact]
    public void A_header_only_workbook_is_refused()
    {
        var workbook = Xlsx(Row(null, null, null, null, null));

        Assert.Equal("The file has a header row but no data rows.", Read(workbook, "results.xlsx").Refusal);
    }

    [Fact]
    public void More_than_50000_rows_are_refused_and_50000_are_not()
    {
        static string Rows(int count) => "Indicator code,Period,Value\n" + string.Concat(Enumerable.Repeat("NI 192,2024-25 Q1,1\n", count));

        Assert.Equal(50_000, Read(Utf8(Rows(50_000)), "results.csv").Rows.Count);
        Assert.Equal("The file has more than 50,000 rows; split it into files of 50,000 rows or fewer and upload each one.",
            Read(Utf8(Rows(50_001)), "results.csv").Refusal);
    }

    [Fact]
    public void A_workbook_with_a_formula_is_refused()
    {
        var workbook = EditSheet(Xlsx(Row("NI 192", "2024-25 Q1", 12.5, null, null)),
            sheet => Regex.Replace(sheet, "(<x:c r=\"C2\"[^>]*>)", "$1<x:f>25/2</x:f>"));

        Assert.Equal("The workbook contains formulas; paste the values only and upload again.", Read(workbook, "results.xlsx").Refusal);
    }

    [Fact]
    public void A_drop_down_list_on_the_sheet_is_not_a_formula()
    {
        const string validation = "<x:extLst><x:ext uri=\"{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}\" "
            + "xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
            + "<x14:dataValidations count=\"1\" xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">"
            + "<x14:dataValidation type=\"list\"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D2:D10</xm:sqref>"
            + "</x14:dataValidation></x14:dataValidations></x:ext></x:extLst></x:worksheet>";
        var workbook = EditSheet(Xlsx(Row("NI 192", "2024-25 Q1", 12.5, null, null)), sheet => sheet.Replace("</x:worksheet>", validation, StringComparison.Ordinal));

        var table = Read(workbook, "results.xlsx");

        Assert.Null(table.Refusal);
        Assert.Equal("12.5", Assert.Single(table.Rows).Cell("Value"));
    }

    [Fact]
    public void A_damaged_workbook_is_refused_not_thrown()
    {
        var good = Xlsx(Row("NI 192", "2024-25 Q1", 12.5, null, null));
        byte[][] damaged =
        [
            good[..(good.Length / 2)],
            [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            EditSheet(good, sheet => sheet.Replace("</x:sheetData>", "", StringComparison.Ordinal)),
        ];

        Assert.All(damaged, bytes => Assert.Equal(
            "results.xlsx could not be read as an Excel workbook; it may be damaged. Open it in Excel, save it again as an Excel Workbook (.xlsx) and upload that.",
            Read(bytes, "results.xlsx").Refusal));
    }

    [Fact]
    public void Random_bytes_are_refused_never_thrown()
    {
        var random = new Random(5);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 4000)];
            random.NextBytes(bytes);
            if (i % 2 == 0)
            {
                bytes[0] = 0x50;
                bytes[1] = 0x4B;
                bytes[2] = 0x03;
                bytes[3] = 0x04;
            }

            Assert.NotNull(Read(bytes, "results.xlsx").Refusal);
            Assert.NotNull(Read(bytes, "results.csv").Refusal);
        }
    }

    [Fact]
    public void Cells_that_look_like_formulas_are_row_problems_with_their_line_and_column_but_signed_numbers_are_not()
    {
        var csv = "Indicator code,Period,Value,Note\n"
            + "NI 192,2024-25 Q1,\"=cmd|' /C calc'!A0\",\n"
            + "NI 191,2024-25 Q1,12,@SUM(1)\n"
            + "NI 2,2024-25 Q1,+1+1,\n"
            + "NI 3,2024-25 Q1,-12.5,-\n"
            + "NI 4,2024-25 Q1,+3,-5%\n"
            + "NI 5,2024-25 Q1,1,\"\t=1\"\n"
            + "NI 6,2024-25 Q1,-2+3,- see the note\n";

        var table = Read(Utf8(csv), "results.csv");

        Assert.Null(table.Refusal);
        Assert.False(table.IsUsable);
        Assert.Equal(
            [(2, "Value"), (3, "Note"), (4, "Value"), (7, "Note"), (8, "Value"), (8, "Note")],
            table.Problems.Select(p => (p.Line, p.Column)));
        Assert.Equal("looks like a spreadsheet formula (starts with '='); enter plain values only", table.Problems[0].Message);
        Assert.Equal("looks like a spreadsheet formula (starts with '@'); enter plain values only", table.Problems[1].Message);
        Assert.Equal("looks like a spreadsheet formula (starts with '+'); enter plain values only", table.Problems[2].Message);
        Assert.Equal("looks like a spreadsheet formula (starts with a tab); enter plain values only", table.Problems[3].Message);
        Assert.Equal([5, 6], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void A_formula_typed_as_text_in_a_workbook_is_a_row_problem()
    {
        var workbook = Xlsx(
            Row("NI 192", "2024-25 Q1", 12.5, null, null),
            Row("NI 191", "2024-25 Q1", "=cmd|' /C calc'!A0", null, null));

        var table = Read(workbook, "results.xlsx");

        Assert.Null(table.Refusal);
        var problem = Assert.Single(table.Problems);
        Assert.Equal(new RowProblem(3, "Value", "looks like a spreadsheet formula (starts with '='); enter plain values only"), problem);
        Assert.Equal(2, Assert.Single(table.Rows).Line);
    }

    [Fact]
    public void A_cell_over_4000_characters_is_a_row_problem()
    {
        var table = Read(Utf8($"Indicator code,Period,Value,Note\nNI 192,2024-25 Q1,1,{new string('x', 4001)}\nNI 191,2024-25 Q1,1,{new string('x', 4000)}"), "results.csv");

        Assert.Equal(new RowProblem(2, "Note", "is 4,001 characters long; a cell can hold at most 4,000"), Assert.Single(table.Problems));
        Assert.Equal(3, Assert.Single(table.Rows).Line);
    }

    [Fact]
    public void A_stray_quotation_mark_is_a_problem_with_the_row()
    {
        var table = Read(Utf8("Indicator code,Period,Value,Note\nNI 192,2024-25 Q1,1,about 5\" high\nNI 191,2024-25 Q1,2,\"fine\""), "results.csv");

        var problem = Assert.Single(table.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Null(problem.Column);
        Assert.StartsWith("has a quotation mark in the wrong place", problem.Message);
        Assert.Equal(3, Assert.Single(table.Rows).Line);
    }

    private static TableReadResult Read(byte[] bytes, string fileName) =>
        UploadedTable.Read(new MemoryStream(bytes), fileName, bytes.Length, Required, Optional);

    private static byte[] Utf8(string text, bool bom = false) => [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)];

    private static Dictionary<string, object?> Row(object? code, object? period, object? value, object? quality, object? extra) => new()
    {
        ["Indicator code"] = code,
        ["Period"] = period,
        ["Value"] = value,
        ["Data Quality"] = quality,
        ["Extra"] = extra,
    };

    private static byte[] Xlsx(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    /// <summary>The workbook with its first sheet's XML changed, as another program might have written it.</summary>
    private static byte[] EditSheet(byte[] workbook, Func<string, string> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string sheet;
            using (var reader = new StreamReader(entry.Open()))
            {
                sheet = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            writer.Write(edit(sheet));
        }

        return stream.ToArray();
    }

    /// <summary>A stream that fails if anyone reads it: the size check must come first.</summary>
    private sealed class UnreadableStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The file was read.");
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
