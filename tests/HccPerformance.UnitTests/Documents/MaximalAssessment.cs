using HccPerformance.Core.Common;
using HccPerformance.Documents.Reports;

namespace HccPerformance.UnitTests.Documents;

/// <summary>
/// Self-assessments as large as the word budget allows (Limits: 500 words in all, 12 items a section), with a
/// reasonable load of what others add to the page in a quarter: six annotated items (20 words a note), a general
/// annotation, a 50-word Executive Member's comment and two concerns with two interventions each. The words are spread three ways, because which
/// spread needs the most lines depends on how items break across lines.
/// </summary>
public static class MaximalAssessment
{
    public const int AnnotatedItems = 6;
    public const int Concerns = 2;

    private static readonly string[] Words =
    [
        "performance", "improved", "against", "target", "quarter", "the", "and", "delayed", "transfers", "care",
        "partners", "district", "inspection", "recommendations", "budget", "savings", "of", "to", "demand", "rising",
        "vacancies", "social", "workers", "recruitment", "indicator", "trend", "comparator", "group", "in", "our",
    ];

    public enum Spread
    {
        /// <summary>Every item about nine words: one or two lines each.</summary>
        Even,

        /// <summary>A 300-word statement and 48 three-word items: the most items of one line each.</summary>
        LongStatement,

        /// <summary>Half the items just too long for one line at the body size, half very short.</summary>
        ItemsJustOverALine,
    }

    public static DepartmentSection Department(Spread spread, string name = "Maximal Department (demo)")
    {
        var counter = 0;
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[counter++ % Words.Length]));

        var (statementWords, tradeOffWords, itemWords) = spread switch
        {
            Spread.Even => (60, 20, Enumerable.Range(0, 48).Select(i => i < 36 ? 9 : 8).ToArray()),
            Spread.LongStatement => (300, 56, Enumerable.Repeat(3, 48).ToArray()),
            _ => (24, 20, Enumerable.Range(0, 48).Select(i => i % 2 == 0 ? 16 : 3).ToArray()),
        };
        var annotationNumber = 0;
        List<AnnotatedItem> Section(int section) =>
        [
            .. Enumerable.Range(0, Limits.AssessmentItemsPerSection).Select(i =>
            {
                var index = section * Limits.AssessmentItemsPerSection + i;
                var annotated = index % 8 == 0 && annotationNumber < AnnotatedItems;
                if (annotated)
                {
                    annotationNumber++;
                }
                return new AnnotatedItem($"{Text(itemWords[index] - 1)} item{index + 1}",
                    annotated ? [$"Annotation{annotationNumber}: " + Text(19)] : []);
            }),
        ];

        var statement = Text(statementWords - 1) + " statementend";
        var strengths = Section(0);
        var areas = Section(1);
        var risks = Section(2);
        var actions = Section(3);
        var tradeOffs = Text(tradeOffWords - 1) + " tradeoffsend";
        return new DepartmentSection(
            name,
            true,
            "Accepted",
            $"Chief Officer, {name}",
            statement,
            strengths,
            areas,
            risks,
            actions,
            tradeOffs,
            Text(49) + " commentend",
            ["General1: " + Text(19)],
            [.. Enumerable.Range(1, Concerns).Select(c => new ConcernSummary($"Concern{c}: {Text(8)}", name, "Intervention under way",
            [
                new InterventionSummary("Category two: report back to CPEG within three months", "Assistant Director (demo)", "Amber", "29 Sep 2026"),
                new InterventionSummary($"Strategic action plan lastof{c}", "Service Manager (demo)", "Red", "31 Aug 2026"),
            ]))]);
    }

    /// <summary>Words the budget counts (statement, items, trade-offs), as the self-assessment form counts them.</summary>
    public static int BudgetWords(DepartmentSection d) =>
        Count(d.OverallStatement) + Count(d.TradeOffs)
        + new[] { d.Strengths, d.AreasForImprovement, d.Risks, d.Actions }.Sum(items => items.Sum(i => Count(i.Text)));

    private static int Count(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
