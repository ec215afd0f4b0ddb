namespace HccPerformance.Core.Indicators.Import;

/// <summary>What <see cref="SourceImport.Check"/> found: the rows to apply, or the problems that stop the whole file.</summary>
public sealed record SourceCheck(IReadOnlyList<RowProblem> Problems, IReadOnlyList<SourceRow> Rows);
