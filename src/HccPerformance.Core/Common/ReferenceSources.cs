namespace HccPerformance.Core.Common;

/// <summary>
/// Where the seeded reference data comes from (issue 17): every reference record carries one of these, shown on its page,
/// so nobody mistakes the site's own additions or the demo for the framework's words. Nothing without a source is seeded
/// as reference.
/// </summary>
public static class ReferenceSources
{
    public const int MaxLength = 300;

    /// <summary>The Corporate Improvement Plan 2008-2011's themes and priority areas, word for word.</summary>
    public const string ImprovementPlan2008 = "reference document 5.8 (Driving Success, 2008: the Corporate Improvement Plan 2008-2011)";

    /// <summary>The Menu of Interventions, word for word.</summary>
    public const string MenuOfInterventions = "reference document, Appendix Two (Driving Success, 2008: Indicative Menu of Supportive Interventions)";

    /// <summary>The departments' names, as the council's public reports and portfolios of 2006-2010 give them.</summary>
    public const string Departments =
        "public sources of the period: the council's reports and portfolios, 2006-2010 (shared/data/public-reference-notes.md, section 2)";
}
