namespace HccPerformance.Core.SelfAssessments;

/// <summary>Where a self-assessment's words are read: each place keeps its own audience for submitted assessments.</summary>
public enum AssessmentSurface
{
    /// <summary>The assessment's own page, its PDF, the raise-a-concern form on one of its items, the audit of it.</summary>
    AssessmentPage = 1,

    /// <summary>Officers' pages that list what self-assessments say (indicator, plan area, risk, emerging risks).</summary>
    OfficerPages = 2,

    /// <summary>What everyone signed in reads alike (the dashboard, collation and the report): the outsiders' view.</summary>
    Everyone = 3,
}
