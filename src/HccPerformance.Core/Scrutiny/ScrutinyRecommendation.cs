using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Inspections;

namespace HccPerformance.Core.Scrutiny;

/// <summary>
/// A Select Committee's recommendation to the Executive: to the Leader, Cabinet or a department's Executive Member, with the
/// date the Executive's response is due. The response (accepted, partly accepted or rejected, in words, with an action date
/// unless rejected) is recorded once; then progress on the action is appended.
/// </summary>
public class ScrutinyRecommendation : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private readonly List<ScrutinyProgress> progress = [];

    private ScrutinyRecommendation() { }

    internal ScrutinyRecommendation(string text, ScrutinyAddressee to, int? departmentId, DateOnly dueOn, DateOnly today)
    {
        Text = string.IsNullOrWhiteSpace(text) ? throw new DomainException("Enter the recommendation", nameof(Text)) : text.Trim();
        if (!Enum.IsDefined(to))
        {
            throw new DomainException("Choose whom the recommendation is made to", nameof(To));
        }

        if (to == ScrutinyAddressee.ExecutiveMember && departmentId is null)
        {
            throw new DomainException("Choose the department whose Executive Member the recommendation is made to", nameof(DepartmentId));
        }

        if (dueOn <= today)
        {
            throw new DomainException("The date the response is due must be after today", nameof(DueOn));
        }

        To = to;
        DepartmentId = to == ScrutinyAddressee.ExecutiveMember ? departmentId : null;
        DueOn = dueOn;
    }

    public int ScrutinyReviewId { get; private set; }
    public string Text { get; private set; } = "";
    public ScrutinyAddressee To { get; private set; }
    public int? DepartmentId { get; private set; }

    /// <summary>The date the Executive's response is due.</summary>
    public DateOnly DueOn { get; private set; }

    public ExecutiveResponse? Response { get; private set; }
    public string? ResponseText { get; private set; }

    /// <summary>The date by which the Executive will have acted on an accepted or partly accepted recommendation.</summary>
    public DateOnly? ActionOn { get; private set; }
    public DateOnly? RespondedOn { get; private set; }
    public string? RespondedBy { get; private set; }
    public IReadOnlyList<ScrutinyProgress> Progress => progress;

    /// <summary>
    /// Overdue as an inspection recommendation is (<see cref="Recommendation.IsOverdueOn"/>, the one rule): past the date
    /// the response was due and not responded to by then.
    /// </summary>
    public bool IsOverdue(DateOnly today) => Recommendation.IsOverdueOn(DueOn, RespondedOn, today);

    /// <summary>Days past the due date while overdue, else 0.</summary>
    public int DaysOverdue(DateOnly today) => IsOverdue(today) ? today.DayNumber - DueOn.DayNumber : 0;

    /// <summary>
    /// The Executive's response, recorded once and only once the committee has reported (before then the recommendation is
    /// still the committee's draft). Words are needed, and for an accepted or partly accepted one the action's date.
    /// </summary>
    public void Respond(ExecutiveResponse response, string words, DateOnly? actionOn, string by, ScrutinyStatus reviewStatus, DateOnly today)
    {
        if (Response is { } given)
        {
            throw new DomainException(
                $"The Executive's response was recorded on {RespondedOn!.Value.ToString("d MMM yyyy", EnGb)} by {RespondedBy} " +
                $"({ScrutinyWords.Response(given).ToLowerInvariant()}): a recommendation has one response");
        }

        if (reviewStatus != ScrutinyStatus.Reported)
        {
            throw new DomainException(reviewStatus == ScrutinyStatus.Closed
                ? "The review is closed"
                : "The committee has not reported yet: the Executive responds to a recommendation once the review has reported");
        }

        if (!Enum.IsDefined(response))
        {
            throw new DomainException("Choose accepted, partly accepted or rejected", "Answer");
        }

        if (string.IsNullOrWhiteSpace(words))
        {
            throw new DomainException("Give the Executive's response in words", nameof(ResponseText));
        }

        if (response != ExecutiveResponse.Rejected && actionOn is null)
        {
            throw new DomainException("Give the date by which the action will be taken", nameof(ActionOn));
        }

        if (actionOn is { } action && action < today)
        {
            throw new DomainException("The action date cannot be before today", nameof(ActionOn));
        }

        Response = response;
        ResponseText = words.Trim();
        ActionOn = response == ExecutiveResponse.Rejected ? null : actionOn;
        RespondedOn = today;
        RespondedBy = by;
    }

    /// <summary>Progress on the action the Executive agreed: after a response that accepted at least part of the recommendation.</summary>
    public ScrutinyProgress AddProgress(string text, string by, DateOnly today)
    {
        if (Response is null)
        {
            throw new DomainException("Record the Executive's response before progress on its action");
        }

        if (Response == ExecutiveResponse.Rejected)
        {
            throw new DomainException("The Executive rejected this recommendation: there is no action to report progress on");
        }

        var entry = new ScrutinyProgress(text, today, by);
        progress.Add(entry);
        return entry;
    }
}
