using HccPerformance.Core.Common;

namespace HccPerformance.Web.Models.Journeys;

/// <summary>An issued document's journey as its page shows it (the <c>_Journey</c> partial): the timeline and the form for the next step.</summary>
public sealed class JourneyFormModel
{
    public required JourneyView Journey { get; init; }

    /// <summary>Where the form for the next step posts.</summary>
    public required string Action { get; init; }

    public ConsiderationInput Input { get; set; } = new();
}
