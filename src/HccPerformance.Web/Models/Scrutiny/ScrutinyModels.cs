using HccPerformance.Core.Scrutiny;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Models.Scrutiny;

public sealed class ScrutinyListViewModel
{
    public required IReadOnlyList<ReviewRow> Reviews { get; init; }
    public bool CanRecord { get; init; }
}

public sealed class ReviewFormViewModel
{
    /// <summary>The review being changed; null when starting one.</summary>
    public int? Id { get; set; }

    /// <summary>The review's step, for which fields the form offers (findings once evidence is being gathered).</summary>
    public ScrutinyStatus Status { get; set; } = ScrutinyStatus.Scoping;
    public ReviewInput Input { get; set; } = new();
    public IReadOnlyList<FollowsFromOption> FollowsFrom { get; set; } = [];
}

public sealed class ReviewPageViewModel
{
    public required ReviewView Review { get; set; }
    public required IReadOnlyList<SelectListItem> Departments { get; set; }
    public EvidenceInput Evidence { get; set; } = new();
    public ScrutinyRecommendationInput Recommendation { get; set; } = new();
    public MoveReviewInput Move { get; set; } = new();
}

public sealed class ScrutinyRecommendationPageViewModel
{
    public required ReviewView Review { get; set; }
    public required ScrutinyRecommendationRow Recommendation { get; set; }
    public ResponseInput Response { get; set; } = new();
    public ScrutinyProgressInput Progress { get; set; } = new();
}

/// <summary>How scrutiny's states look: text and colour, never colour alone; overdue in the inspection register's words.</summary>
public static class ScrutinyDisplay
{
    public static string Status(ScrutinyStatus status) => ScrutinyWords.Status(status);

    public static string StatusTag(ScrutinyStatus status) => status switch
    {
        ScrutinyStatus.Reported => "tag-blue",
        ScrutinyStatus.Closed => "tag-green",
        _ => "tag-grey",
    };

    public static string Response(ExecutiveResponse response) => ScrutinyWords.Response(response);

    public static string ResponseTag(ExecutiveResponse response) => response switch
    {
        ExecutiveResponse.Accepted => "tag-green",
        ExecutiveResponse.PartlyAccepted => "tag-amber",
        _ => "tag-red",
    };

    /// <summary>What the button moving a review on says.</summary>
    public static string MoveButton(ScrutinyStatus next) => next switch
    {
        ScrutinyStatus.GatheringEvidence => "Start gathering evidence",
        ScrutinyStatus.Reported => "Report the review",
        ScrutinyStatus.Closed => "Close the review",
        _ => $"Move to {ScrutinyWords.Status(next).ToLowerInvariant()}",
    };

    public static string Days(int days) => Inspections.InspectionDisplay.Days(days);

    public static string Addressee(ScrutinyAddressee to) => to switch
    {
        ScrutinyAddressee.Leader => "The Leader",
        ScrutinyAddressee.Cabinet => "Cabinet",
        ScrutinyAddressee.ExecutiveMember => "An Executive Member (choose the department)",
        _ => to.ToString(),
    };
}
