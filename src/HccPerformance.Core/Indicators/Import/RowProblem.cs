namespace HccPerformance.Core.Indicators.Import;

/// <summary>One problem with one row: <paramref name="Line"/> is the row number as a spreadsheet shows it (the header is row 1);
/// <paramref name="Column"/> is the canonical column name, or null when the problem is with the row as a whole.</summary>
public sealed record RowProblem(int Line, string? Column, string Message);
