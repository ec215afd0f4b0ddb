using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>The plan's life in the framework's words: one place, so pages and tests say the same.</summary>
public static class PlanLifeWords
{
    public static string Status(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Draft",
        PlanStatus.AgreedByCmt => "Agreed by CMT",
        PlanStatus.EndorsedByCabinet => "Endorsed by Cabinet",
        PlanStatus.Finalised => "Finalised with the Leader and Chief Executive",
        PlanStatus.Live => "Live",
        PlanStatus.Reviewed => "Reviewed",
        PlanStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Review(ReviewKind kind) => kind == ReviewKind.SixMonth ? "Six-month review" : "Full review";

    public static string Outcome(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Keep => "Keep",
        ReviewOutcome.Change => "Change",
        ReviewOutcome.Retire => "Retire",
        _ => "Completed",
    };

    public static string Proposal(ProposalStatus status) => status switch
    {
        ProposalStatus.Pending => "Waiting for CMT",
        ProposalStatus.Agreed => "Agreed by CMT",
        _ => "Rejected by CMT",
    };

    /// <summary>"No improvement plan is live for Quarter 2 2026/27".</summary>
    public static string NoneLiveFor(string period) => $"No improvement plan is live for {period}";

    /// <summary>"The Corporate Improvement Plan 2026-2029 is being prepared: draft, waiting for CMT's agreement (recorded by a CMT member)".</summary>
    public static string BeingPrepared(string title, PlanStatus status) => $"The {title} is being prepared: {Lower(Status(status))}, {Lower(NextStep(status))}";

    // Only the first letter: the bodies' names keep their capitals mid-sentence.
    internal static string Lower(string words) => char.ToLowerInvariant(words[0]) + words[1..];

    /// <summary>Who takes the next step after <paramref name="status"/>, in words.</summary>
    public static string NextStep(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Waiting for CMT's agreement (recorded by a CMT member)",
        PlanStatus.AgreedByCmt => "Waiting for Cabinet's endorsement (recorded by the Leader or a Cabinet member)",
        PlanStatus.EndorsedByCabinet => "Waiting to be finalised with the Leader and Chief Executive (recorded by the Head of Improvement)",
        PlanStatus.Finalised => "Waiting to go live (set by the Head of Improvement)",
        PlanStatus.Live => "Live: reviewed after six months and fully in its last quarter",
        PlanStatus.Reviewed => "Reviewed: the next plan can be started",
        _ => "Closed: kept as it was",
    };

    public static Body? BodyFor(PlanStatus status) => status switch
    {
        PlanStatus.Draft => Body.Cmt,
        PlanStatus.AgreedByCmt => Body.Cabinet,
        _ => null,
    };
}
