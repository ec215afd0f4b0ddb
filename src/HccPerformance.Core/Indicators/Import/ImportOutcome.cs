using System.Globalization;

namespace HccPerformance.Core.Indicators.Import;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record ImportOutcome(string? Refusal, IReadOnlyList<RowProblem> Problems, int ProblemsNotListed, int Added, int Changed, int Unchanged)
{
    public bool Imported => Refusal is null && Problems.Count == 0;

    public static ImportOutcome Refused(string refusal) => new(refusal, [], 0, 0, 0, 0);

    public static ImportOutcome WithProblems(IReadOnlyList<RowProblem> problems)
    {
        var rows = problems.Select(p => p.Line).Distinct().Count();
        return new(string.Create(CultureInfo.GetCultureInfo("en-GB"),
                $"Nothing was imported: {rows:N0} {(rows == 1 ? "row has a problem. Put it right" : "rows have problems. Put them right")} and upload the file again."),
            [.. problems.OrderBy(p => p.Line).Take(IndicatorLimits.ImportProblemsListed)], Math.Max(0, problems.Count - IndicatorLimits.ImportProblemsListed), 0, 0, 0);
    }
}
