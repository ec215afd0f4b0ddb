namespace HccPerformance.Core.Indicators.Import;

/// <summary>What <see cref="UploadedTable.Read"/> found: either a refusal of the whole file, or the rows and any row problems.
/// A row with a problem is left out of <see cref="Rows"/>.</summary>
public sealed record TableReadResult(string? Refusal, IReadOnlyList<TableRow> Rows, IReadOnlyList<RowProblem> Problems)
{
    public bool IsUsable => Refusal is null && Problems.Count == 0;
}
