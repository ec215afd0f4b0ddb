namespace HccPerformance.Core.Indicators.Import;

/// <summary>What <see cref="MembershipImport.Check"/> found: the rows to apply, or the problems that stop the whole file.</summary>
public sealed record MembershipCheck(IReadOnlyList<RowProblem> Problems, IReadOnlyList<MembershipRow> Rows);
