using System.Globalization;
using System.Text;

namespace HccPerformance.Core.Indicators.Import;

/// <summary>
/// Reads an uploaded CSV file (UTF-8, comma-separated) or Excel workbook (.xlsx, first worksheet) into rows of text by column
/// (issue 5). The first row is the header. It never writes anything and never throws for bad input: a file it will not read
/// comes back as a <see cref="TableReadResult.Refusal"/> in plain words, and a bad cell as a <see cref="RowProblem"/>.
/// </summary>
public static partial class UploadedTable
{
    /// <summary>The most data rows a file may have.</summary>
    public const int MaxRows = 50_000;

    /// <summary>The most characters a cell may hold.</summary>
    public const int MaxCellLength = 4_000;

    private const long Megabyte = 1024 * 1024;

    public static TableReadResult Read(Stream content, string fileName, long length,
        IReadOnlyList<string> requiredColumns, IReadOnlyList<string> optionalColumns)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(requiredColumns);
        ArgumentNullException.ThrowIfNull(optionalColumns);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var columns = new ColumnSet(requiredColumns, optionalColumns);
        var name = DisplayName(fileName);

        if (length > IndicatorLimits.ImportBytes)
        {
            return Refuse(TooLarge(length));
        }

        if (length == 0)
        {
            return Refuse("The file is empty.");
        }

        var extension = Path.GetExtension(name);
        var isCsv = string.Equals(extension, ".csv", StringComparison.OrdinalIgnoreCase);
        var isXlsx = string.Equals(extension, ".xlsx", StringComparison.OrdinalIgnoreCase);
        if (!isCsv && !isXlsx)
        {
            return Refuse(Neither(name) + (string.Equals(extension, ".xls", StringComparison.OrdinalIgnoreCase)
                ? " Open it in Excel and save it as an Excel Workbook (.xlsx), then upload that."
                : ""));
        }

        var bytes = ReadAtMost(content, IndicatorLimits.ImportBytes + 1);
        if (bytes.Length == 0)
        {
            return Refuse("The file is empty.");
        }

        if (bytes.Length > IndicatorLimits.ImportBytes)
        {
            return Refuse($"The file is larger than {LimitInMegabytes} MB; the largest file the import takes is {LimitInMegabytes} MB.");
        }

        return isCsv ? ReadCsv(bytes, name, columns) : ReadWorkbook(bytes, name, columns);
    }

    /// <summary>One row as the file gives it: cells by position (null for an empty Excel cell), and a problem with the row
    /// as a whole that only the reader can see (a stray quotation mark in a CSV line).</summary>
    private sealed record SourceRow(int Line, IReadOnlyList<string?> Cells, string? Problem);

    /// <summary>
    /// The reading common to both formats: the header, the rows, the checks on each cell. <paramref name="unreadable"/> turns an
    /// exception from the underlying reader into a refusal (or null to let it escape as a programming error).
    /// </summary>
    private static TableReadResult Tabulate(IEnumerable<SourceRow> source, Func<Exception, string?> unreadable,
        string name, string emptyRefusal, ColumnSet columns)
    {
        using var rows = source.GetEnumerator();
        if (!TryMoveNext(rows, unreadable, out var failure))
        {
            return Refuse(failure ?? emptyRefusal);
        }

        var header = rows.Current;
        if (IsBlank(header.Cells))
        {
            return Refuse($"The first row of {name} is empty; it must be the header row naming the columns {columns.Expected}.");
        }

        var positions = new List<(string Column, int Index)>();
        var headerText = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i]?.Trim() ?? "";
            if (columns.Find(text) is not { } column)
            {
                continue;
            }

            if (headerText.TryGetValue(column, out var earlier))
            {
                return Refuse($"{name} has two {column} columns (\"{earlier}\" and \"{text}\"); keep one of them and upload the file again.");
            }

            headerText[column] = text;
            positions.Add((column, i));
        }

        var missing = columns.Required.Where(c => !headerText.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return Refuse(MissingColumns(name, missing, columns, header.Cells));
        }

        var result = new List<TableRow>();
        var problems = new List<RowProblem>();
        var dataRows = 0;
        while (TryMoveNext(rows, unreadable, out failure))
        {
            var row = rows.Current;
            if (IsBlank(row.Cells))
            {
                continue;
            }

            if (++dataRows > MaxRows)
            {
                return Refuse($"The file has more than {MaxRows:N0} rows; split it into files of {MaxRows:N0} rows or fewer and upload each one.");
            }

            var before = problems.Count;
            if (row.Problem is not null)
            {
                problems.Add(new RowProblem(row.Line, null, row.Problem));
            }

            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (column, index) in positions)
            {
                var raw = index < row.Cells.Count ? row.Cells[index] ?? "" : "";
                var value = raw.Trim();
                if (FormulaProblem(raw, value) is { } formula)
                {
                    problems.Add(new RowProblem(row.Line, column, formula));
                }
                else if (value.Length > MaxCellLength)
                {
                    problems.Add(new RowProblem(row.Line, column,
                        $"is {value.Length:N0} characters long; a cell can hold at most {MaxCellLength:N0}"));
                }

                cells[column] = value;
            }

            if (problems.Count == before)
            {
                result.Add(new TableRow(row.Line, cells));
            }
        }

        if (failure is not null)
        {
            return Refuse(failure);
        }

        return dataRows == 0
            ? Refuse("The file has a header row but no data rows.")
            : new TableReadResult(null, result, problems);
    }

    private static bool TryMoveNext(IEnumerator<SourceRow> rows, Func<Exception, string?> unreadable, out string? failure)
    {
        try
        {
            failure = null;
            return rows.MoveNext();
        }
        catch (Exception ex) when (unreadable(ex) is { } refusal)
        {
            failure = refusal;
            return false;
        }
    }

    /// <summary>
    /// A cell a spreadsheet could run as a formula (OWASP "CSV injection"): text that starts with =, @, +, - (unless it is
    /// simply a number such as -12.5 or -5%, or a lone dash for "none"), or with a tab or carriage return.
    /// </summary>
    internal static string? FormulaProblem(string raw, string trimmed)
    {
        if (trimmed.Length == 0)
        {
            return null;
        }

        var first = raw.TrimStart(' ');
        if (first[0] is '\t' or '\r')
        {
            return $"looks like a spreadsheet formula (starts with {(first[0] == '\t' ? "a tab" : "a carriage return")}); enter plain values only";
        }

        var start = trimmed[0];
        var looksLikeFormula = start switch
        {
            '=' or '@' => true,
            '+' or '-' => trimmed != "-" && !IsNumber(trimmed),
            _ => false,
        };
        return looksLikeFormula ? $"looks like a spreadsheet formula (starts with '{start}'); enter plain values only" : null;
    }

    private static bool IsNumber(string text)
    {
        var number = text.EndsWith('%') ? text[..^1] : text;
        return decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
    }

    private static bool StartsWith(byte[] bytes, params ReadOnlySpan<byte> signature) => bytes.AsSpan().StartsWith(signature);

    private static bool IsBlank(IReadOnlyList<string?> cells) => cells.All(string.IsNullOrWhiteSpace);

    private static string MissingColumns(string name, List<string> missing, ColumnSet columns, IReadOnlyList<string?> header)
    {
        var what = missing.Count == 1 ? $"the column {missing[0]}" : $"the columns {JoinWithAnd(missing)}";
        var message = $"{name} is missing {what}. The first row must be the header row naming the columns {columns.Expected}.";
        var named = header.Where(h => !string.IsNullOrWhiteSpace(h)).ToList();
        if (named.Count == 1 && named[0]!.Contains(';', StringComparison.Ordinal))
        {
            message += " The values seem to be separated by semicolons; the import takes commas (save as CSV UTF-8 from Excel).";
        }
        else if (named.Count == 1 && named[0]!.Contains('\t', StringComparison.Ordinal))
        {
            message += " The values seem to be separated by tabs; the import takes commas (save as CSV UTF-8 from Excel).";
        }

        return message;
    }

    internal static string JoinWithAnd(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join("", items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Neither(string name) => $"Upload a CSV file (.csv) or an Excel workbook (.xlsx); {name} is neither.";

    private static string LimitInMegabytes => (IndicatorLimits.ImportBytes / (double)Megabyte).ToString("0.#", CultureInfo.InvariantCulture);

    private static string TooLarge(long length)
    {
        // Rounded up to a tenth, so a file a byte over the limit never reads as exactly the limit.
        var megabytes = Math.Ceiling(length * 10.0 / Megabyte) / 10;
        return $"The file is {megabytes.ToString("0.#", CultureInfo.InvariantCulture)} MB; the largest file the import takes is {LimitInMegabytes} MB.";
    }

    private static TableReadResult Refuse(string refusal) => new(refusal, [], []);

    /// <summary>The file's own name, without any folder a browser sent with it.</summary>
    private static string DisplayName(string? fileName)
    {
        var name = fileName ?? "";
        var slash = name.LastIndexOfAny(['/', '\\']);
        name = name[(slash + 1)..].Trim();
        return name.Length == 0 ? "the file" : name;
    }

    private static byte[] ReadAtMost(Stream content, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while (buffer.Length < limit && (read = content.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The columns asked for, matched to headers ignoring case, spaces, underscores and hyphens.</summary>
    private sealed class ColumnSet
    {
        private readonly Dictionary<string, string> byKey = new(StringComparer.OrdinalIgnoreCase);

        public ColumnSet(IReadOnlyList<string> required, IReadOnlyList<string> optional)
        {
            Required = required;
            foreach (var column in required.Concat(optional))
            {
                var key = Key(column);
                if (key.Length == 0 || !byKey.TryAdd(key, column))
                {
                    throw new ArgumentException($"The column \"{column}\" is blank or asked for twice.", nameof(required));
                }
            }

            Expected = JoinWithAnd(required) + (optional.Count == 0 ? "" : $" (and, if you have them, {JoinWithAnd(optional)})");
        }

        public IReadOnlyList<string> Required { get; }

        /// <summary>The expected columns in words, for refusals.</summary>
        public string Expected { get; }

        public string? Find(string header) => byKey.GetValueOrDefault(Key(header));

        internal static string Key(string header)
        {
            var key = new StringBuilder(header.Length);
            foreach (var c in header)
            {
                if (!char.IsWhiteSpace(c) && c is not ('_' or '-' or '\uFEFF'))
                {
                    key.Append(c);
                }
            }

            return key.ToString();
        }
    }
}
