using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;

namespace HccPerformance.Web.Models.Concerns;

public sealed class RaisePageViewModel
{
    public required RaiseInput Input { get; init; }
    public required IReadOnlyList<HccPerformance.Core.Organisation.DepartmentSummary> Departments { get; init; }

    /// <summary>Where the record the concern is raised from is read.</summary>
    public string? SourceLink { get; init; }

    /// <summary>False for those who raise for their own department only: the form offers theirs alone.</summary>
    public bool AnyDepartment { get; init; } = true;

    /// <summary>The concern already open on the record, when there is one.</summary>
    public int? OpenConcernId { get; set; }
}

public sealed class ConcernPageViewModel
{
    public required AreaOfConcern Concern { get; init; }
    public string? Department { get; init; }
    public required IReadOnlyDictionary<string, string> People { get; init; }
    public required IReadOnlyList<MenuItem> Menu { get; init; }
    public required IReadOnlyList<(string Id, string Name)> Officers { get; init; }
    public required bool CanDecide { get; init; }

    /// <summary>CPEG, or an Executive Member on their own department's concern.</summary>
    public bool CanEscalate { get; init; }

    /// <summary>The bodies the escalate form offers this person.</summary>
    public IReadOnlyList<EscalatedTo> EscalateTo { get; init; } = [];

    /// <summary>The escalations waiting for a response from a body this person sits on.</summary>
    public IReadOnlyList<int> Responds { get; init; } = [];
    public string? CurrentUserId { get; init; }

    /// <summary>Where the concern's source is read now; null when raised by hand.</summary>
    public string? SourceLink { get; init; }
    public DateOnly Today { get; init; }
    public DecideInput Decide { get; set; } = new();
    public AssignInput Assign { get; set; } = new();
    public ReportBackInput Report { get; set; } = new();
    public ChangeInterventionInput Change { get; set; } = new();
    public ReportBackReviewInput Review { get; set; } = new();
    public EscalateInput Escalate { get; set; } = new();
    public CloseConcernInput Close { get; set; } = new();
    public RespondInput Respond { get; set; } = new();

    /// <summary>The escalation whose response form was just sent back (its fields keep the plain ids).</summary>
    public int? RespondingTo { get; set; }
}

public static class ConcernWords
{
    public static string Name(ConcernStatus status) => status switch
    {
        ConcernStatus.Raised => "Waiting for CPEG",
        ConcernStatus.Active => "Interventions under way",
        ConcernStatus.NotImportantLocally => "Closed: not important locally",
        _ => "Closed",
    };

    public static string Name(ConcernSource source) => source switch
    {
        ConcernSource.Indicator => "Indicator",
        ConcernSource.Risk => "Corporate risk",
        ConcernSource.Recommendation => "Inspection recommendation",
        ConcernSource.Benchmark => "Benchmarking",
        ConcernSource.SelfAssessmentItem => "Self-assessment",
        ConcernSource.PlanArea => "Improvement plan area",
        ConcernSource.Disempowerment => "A blocker the department cannot remove (disempowerment)",
        _ => "Raised by hand",
    };

    /// <summary>The source as a link's words: "the indicator", "the corporate risk".</summary>
    public static string Of(ConcernSource source) => source switch
    {
        ConcernSource.Indicator => "the indicator",
        ConcernSource.Risk => "the corporate risk",
        ConcernSource.Recommendation => "the inspection recommendation",
        ConcernSource.Benchmark => "the benchmarking figures",
        ConcernSource.SelfAssessmentItem => "the self-assessment",
        ConcernSource.PlanArea => "the improvement plan area",
        ConcernSource.Disempowerment => "a blocker",
        _ => "raised by hand",
    };

    public static string Name(ConcernOutcome outcome) => outcome switch
    {
        ConcernOutcome.Improved => "Improved",
        ConcernOutcome.Held => "Held",
        _ => "Worsened",
    };

    public static string Name(EscalatedTo body) => body switch
    {
        EscalatedTo.Cmt => "CMT",
        EscalatedTo.PerformanceExecutiveMember => "Executive Member for Efficiency, Performance and Rural Policy",
        EscalatedTo.Cabinet => "Cabinet",
        EscalatedTo.Leader => "the Leader",
        _ => "Overview and Scrutiny",
    };

    public static string Name(EscalationResponseKind kind) => kind switch
    {
        EscalationResponseKind.Decision => "Decision",
        EscalationResponseKind.Request => "Request",
        _ => "Noted",
    };
}
