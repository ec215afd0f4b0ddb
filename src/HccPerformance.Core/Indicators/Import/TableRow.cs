namespace HccPerformance.Core.Indicators.Import;

/// <summary>One data row: its line and the cell texts (trimmed) by canonical column name, matched case-insensitively.
/// An optional column the file does not have is absent from <see cref="Cells"/>, and <see cref="Cell"/> gives "" for it.</summary>
public sealed record TableRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string Cell(string column) => Cells.TryGetValue(column, out var v) ? v : "";
}
