using HccPerformance.Core.Ambition;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Indicators;
using HccPerformance.Web.Models.Indicators;

namespace HccPerformance.Web.Models.Ambition;

/// <summary>An indicator's or plan area's ambition page, with the typing of whichever form was posted.</summary>
public sealed class AmbitionPageViewModel
{
    public required AmbitionPage Page { get; init; }
    public AmbitionInput Input { get; set; } = new();
    public AmbitionRequestInput Request { get; set; } = new();
}

public sealed class AmbitionListViewModel
{
    public required AmbitionList List { get; init; }
}

public sealed class AmbitionReviewViewModel
{
    public required AmbitionReview Review { get; init; }
    public string? Problem { get; init; }
}

/// <summary>The ambition part of an indicator's or plan area's page.</summary>
public sealed record AmbitionPanelViewModel(AmbitionSubjectView Subject, AmbitionRow? Current, int Earlier, bool MaySet, int Requests);

/// <summary>The members' home page part: the ambitions this person set, and how this year's targets stand against them.</summary>
public sealed record YourAmbitionsViewModel(IReadOnlyList<MyAmbition> Ambitions);

/// <summary>How ambition's words and figures are shown (the same on every page of it).</summary>
public static class AmbitionDisplay
{
    public static string Level(AmbitionRow a, string? unit) =>
        a.Quartile is { } q ? $"{AmbitionWords.Quartile(q)} of the benchmarking club by {FinancialYears.Name(a.ForYear)}"
        : a.Figure is { } f ? $"{IndicatorDisplay.Figure(f, unit)} by {FinancialYears.Name(a.ForYear)}"
        : $"By {FinancialYears.Name(a.ForYear)}";

    public static string PolarityWords(Polarity? polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "higher is better",
        Polarity.LowerIsBetter => "lower is better",
        _ => "polarity not known",
    };

    /// <summary>A row's standing against the ambition, in words and a tag (text plus colour), for the members' page and the ambition page.</summary>
    public static (string Words, string Tag) Standing(ReviewRow? row)
    {
        if (row is null)
        {
            return ("No target is recorded for this year", "tag-grey");
        }

        var year = FinancialYears.Name(row.Year);
        return row.Check.Standing switch
        {
            AmbitionStanding.ShortOf => ($"The {year} target falls short of it", "tag-red"),
            AmbitionStanding.Reaches => ($"The {year} target reaches it", "tag-green"),
            AmbitionStanding.NotYetDue => ($"It is for a later year than the {year} target", "tag-grey"),
            AmbitionStanding.WordsOnly => ($"Said in words: judge the {year} target against it", "tag-grey"),
            _ => ($"The {year} target cannot be judged against it: data is missing", "tag-grey"),
        };
    }
}
