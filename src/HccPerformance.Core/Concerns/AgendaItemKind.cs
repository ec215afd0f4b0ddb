namespace HccPerformance.Core.Concerns;

/// <summary>Why a concern is on a CPEG meeting's agenda, in the order the agenda takes them.</summary>
public enum AgendaItemKind
{
    /// <summary>The chair's urgent decision taken between meetings, for CPEG to ratify (issue 15).</summary>
    UrgentDecisionForRatification = 0,
    /// <summary>Raised, and CPEG has not yet said whether it matters locally (4.15).</summary>
    NewConcern = 1,
    /// <summary>The responsible officer has reported back; CPEG has not yet reviewed it.</summary>
    ReportBackToReview = 2,
    /// <summary>Its due date passed and nothing came.</summary>
    OverdueReportBack = 3,
    /// <summary>Falls due by the meeting date.</summary>
    ReportBackDue = 4,
}
