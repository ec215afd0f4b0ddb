using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>One plan in the list of plans, with its status.</summary>
public sealed record PlanTermRow(int Id, string Title, PlanStatus Status, DateOnly? LiveFrom, DateOnly? ClosedOn, int? CurrentYearId, bool LiveToday)
{
    /// <summary>A plan the demo made: marked demo beside its title (issue 17).</summary>
    public bool IsDemo { get; init; }
}

public sealed record PlanStepRow(PlanStatus Reached, DateOnly On, string Notes, string? FurtherAreas, string RecordedBy, DateTime RecordedUtc);

public sealed record PlanCommentRow(string Text, string By, DateTime Utc);

public sealed record ProposalRow(int Id, string Summary, ProposalKind Kind, string? Description, string Reason, string ProposedBy, DateTime ProposedUtc,
    ProposalStatus Status, DateOnly? DecidedOn, string? DecisionNote, string? DecidedBy, Guid Version)
{
    /// <summary>The record a new area was proposed from, which the area keeps when CMT agrees.</summary>
    public OriginRow? Origin { get; init; }
}

public sealed record ReviewDecisionRow(string AreaName, ReviewOutcome Outcome, string? Note);

public sealed record ReviewRow(ReviewKind Kind, DateOnly On, string Summary, string RecordedBy, IReadOnlyList<ReviewDecisionRow> Decisions);

public sealed record AreaOption(int Id, string Name, int ThemeNumber);

/// <summary>A plan's life for its page: the timeline, comments, proposals, reviews and the areas of its current year.</summary>
public sealed record PlanTermView(
    int Id, string Title, int StartYear, int EndYear, PlanStatus Status, DateOnly StartsOn, DateOnly EndsOn, DateOnly? LiveFrom, DateOnly? ClosedOn, Guid Version,
    IReadOnlyList<PlanStepRow> Steps, IReadOnlyList<PlanCommentRow> Comments, IReadOnlyList<ProposalRow> Proposals, IReadOnlyList<ReviewDue> Schedule,
    IReadOnlyList<ReviewRow> Reviews, int? CurrentYearId, string? CurrentYearLabel, IReadOnlyList<AreaOption> LiveAreas,
    IReadOnlyList<(int Number, string Name)> Themes, PlanTermRow? Predecessor, PlanTermRow? Successor)
{
    /// <summary>A plan the demo made: marked demo beside its title (issue 17).</summary>
    public bool IsDemo { get; init; }
}

/// <summary>Which of the plan's forms the person reading it may use (each is checked again on the server when posted).</summary>
public sealed record PlanLifePermissions(bool CanComment, bool CanRecordCmt, bool CanEndorse, bool CanFinalise, bool CanGoLive, bool CanPropose,
    bool CanDecideProposals, bool CanReview, bool CanStartNext);

public sealed record TargetEvidence(string Measure, string? Unit, decimal TargetValue, DateOnly TargetDate, decimal? Latest, DateOnly? LatestOn, bool Achieved);

/// <summary>What a reviewer sees beside an area: its RAG now, its RAG by period and its targets' latest values against target.</summary>
public sealed record ReviewEvidence(Guid Lineage, int AreaId, string ShortName, string Theme, string? Department, Rag Rag,
    IReadOnlyList<(string Period, Rag Rag)> RagHistory, IReadOnlyList<TargetEvidence> Targets);

/// <summary>Something about the plan's life waiting for the person reading their home page.</summary>
public sealed record PlanLifeWaiting(string Text, string Link, bool Overdue);
