namespace HccPerformance.Core.Scrutiny;

/// <summary>A review in the list: its step and how its recommendations stand.</summary>
public sealed record ReviewRow(
    int Id, string Committee, string Topic, ScrutinyStatus Status, DateOnly StartedOn, DateOnly? ReportedOn,
    int Recommendations, int AwaitingResponse, int Overdue, bool IsDemo = false);

/// <summary>What a review follows from, in words, with where to read it when this person may.</summary>
public sealed record FollowsFromView(string Words, string? Link);

/// <summary>One choice of the form's "follows from" list.</summary>
public sealed record FollowsFromOption(string Key, string Text, string Group);

public sealed record EvidenceRow(string What, string From, DateOnly On, string RecordedBy);

public sealed record ProgressRow(string Text, DateOnly On, string By);

public sealed record ScrutinyRecommendationRow(
    int Id, int Number, string Text, ScrutinyAddressee To, int? DepartmentId, string Addressee, DateOnly DueOn, bool IsOverdue, int DaysOverdue,
    ExecutiveResponse? Response, string? ResponseText, DateOnly? ActionOn, DateOnly? RespondedOn, string? RespondedBy,
    IReadOnlyList<ProgressRow> Progress, bool CanRespond, bool CanAddProgress, Guid Version, bool IsDemo = false);

public sealed record ReviewView(
    int Id, string Committee, string Topic, string Scope, string? Findings, ScrutinyStatus Status, DateOnly StartedOn, DateOnly? ReportedOn,
    DateOnly? ClosedOn, FollowsFrom FollowsFrom, FollowsFromView? FollowsFromView, IReadOnlyList<EvidenceRow> Evidence,
    IReadOnlyList<ScrutinyRecommendationRow> Recommendations, bool CanEdit, ScrutinyStatus? NextStep, DateOnly Today,
    string CreatedBy, string? ModifiedBy, DateTime? ModifiedUtc, Guid Version, bool IsDemo = false);

/// <summary>A recommendation of a reported review still waiting for the Executive's response.</summary>
public sealed record AwaitedResponse(
    int RecommendationId, int ReviewId, string Committee, string Topic, int Number, string Text, string Addressee, DateOnly DueOn,
    bool IsOverdue, int DaysOverdue, bool IsDemo = false);

/// <summary>A response the Executive recorded, as the committee hears of it.</summary>
public sealed record ResponseReceived(
    int ReviewId, string Topic, int Number, ExecutiveResponse Response, DateOnly RespondedOn, string RespondedBy, bool IsDemo = false);

/// <summary>
/// What a person's home page shows of scrutiny: a committee member's open reviews and the responses received; the
/// recommendations waiting for this person's response; and (for the Head of Improvement) every overdue response.
/// </summary>
public sealed record ScrutinyHome(
    DateOnly Today, IReadOnlyList<ReviewRow> OpenReviews, IReadOnlyList<ResponseReceived> ResponsesReceived,
    IReadOnlyList<AwaitedResponse> WaitingForYou, IReadOnlyList<AwaitedResponse> OverdueResponses)
{
    public bool IsEmpty => OpenReviews.Count == 0 && ResponsesReceived.Count == 0 && WaitingForYou.Count == 0 && OverdueResponses.Count == 0;
}
