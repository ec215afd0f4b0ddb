using System.Text.RegularExpressions;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>What a Chief Officer writes: the statement, the four lists, and the budget trade-offs.</summary>
public sealed partial record AssessmentContent(
    string OverallStatement,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> AreasForImprovement,
    IReadOnlyList<string> Risks,
    IReadOnlyList<string> Actions,
    string TradeOffs)
{
    public static readonly AssessmentContent Empty = new("", [], [], [], [], "");

    public IReadOnlyList<string> Items(ItemSection section) => section switch
    {
        ItemSection.Strength => Strengths,
        ItemSection.AreaForImprovement => AreasForImprovement,
        ItemSection.Risk => Risks,
        ItemSection.Action => Actions,
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    public int WordCount =>
        Count(OverallStatement) + Count(TradeOffs) + new[] { Strengths, AreasForImprovement, Risks, Actions }.Sum(list => list.Sum(Count));

    public int WordsLeft => Limits.SelfAssessmentWords - WordCount;

    public bool IsEmpty => WordCount == 0;

    /// <summary>Words as a reader counts them: runs of characters between spaces. The browser counts the same way.</summary>
    public static int Count(string? text) => string.IsNullOrWhiteSpace(text) ? 0 : Words().Count(text);

    /// <summary>One item per line, blank lines dropped, each trimmed.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>What must be true before the assessment goes to anyone: every section written, within one side of A4.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(OverallStatement))
        {
            problems.Add((nameof(OverallStatement), "Write the overall statement: performance, inspection, risks and action"));
        }

        if (Strengths.Count == 0)
        {
            problems.Add((nameof(Strengths), "List at least one key strength"));
        }

        if (AreasForImprovement.Count == 0)
        {
            problems.Add((nameof(AreasForImprovement), "List at least one area for improvement: an honest appraisal has some"));
        }

        if (Risks.Count == 0)
        {
            problems.Add((nameof(Risks), "List the outstanding risks, or write \"None outstanding\""));
        }

        if (Actions.Count == 0)
        {
            problems.Add((nameof(Actions), "Say how the areas for improvement and the risks are being addressed"));
        }

        if (string.IsNullOrWhiteSpace(TradeOffs))
        {
            problems.Add((nameof(TradeOffs), "Say what trade-offs were made to balance the budget, or write \"None this quarter\""));
        }

        problems.AddRange(BudgetProblems());
        return problems;
    }

    /// <summary>Rules that hold even for a draft: the word budget and the size of each list.</summary>
    public IReadOnlyList<(string Field, string Message)> BudgetProblems()
    {
        var problems = new List<(string, string)>();
        if (WordCount > Limits.SelfAssessmentWords)
        {
            problems.Add(("", $"The self-assessment has {WordCount} words: it must fit one side of A4, which is {Limits.SelfAssessmentWords} words. Take out {WordCount - Limits.SelfAssessmentWords}."));
        }

        foreach (var section in Enum.GetValues<ItemSection>())
        {
            if (Items(section).Count > Limits.AssessmentItemsPerSection)
            {
                problems.Add((FieldOf(section), $"Keep to {Limits.AssessmentItemsPerSection} items or fewer: the most important ones"));
            }

            if (Items(section).Any(i => i.Length > Limits.AssessmentItemText))
            {
                problems.Add((FieldOf(section), $"Each item must be {Limits.AssessmentItemText} characters or fewer"));
            }
        }

        return problems;
    }

    public static string FieldOf(ItemSection section) => section switch
    {
        ItemSection.Strength => nameof(Strengths),
        ItemSection.AreaForImprovement => nameof(AreasForImprovement),
        ItemSection.Risk => nameof(Risks),
        _ => nameof(Actions),
    };

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
