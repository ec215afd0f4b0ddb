using HccPerformance.Core.Inspections;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Outcomes;
using HccPerformance.Core.Risks;

namespace HccPerformance.Core.Dashboard;

/// <summary>
/// The parts of the Corporate Dashboard that are built, kept and rebuilt on their own (issue 18: a write costs only
/// what it changes), and which of them a change to a record touches. A record belongs to the feature whose folder (and
/// namespace) holds it, and only that feature writes its tables (architecture rule 15), so the feature names the boxes
/// its changes touch: one line per feature here. A change to a type of a feature not listed touches every box (a new
/// feature's records are never missed); features the dashboard never reads are listed as touching none.
/// </summary>
public static class DashboardBoxes
{
    /// <summary>The quarters, departments and scorecards every box is built against.</summary>
    public const string Frame = "frame";

    /// <summary>Every scorecard's box but Aalborg's, built together (they share their three commands).</summary>
    public const string Scorecards = "scorecards";

    public const string Risks = "risks", Emerging = "emerging", Benchmarking = "benchmarking", Inspections = "inspections", Plan = "plan",
        Aalborg = "aalborg", CaseStudies = "case-studies", Concerns = "concerns";

    /// <summary>Strategic inspections with their judgements, the forward programme and intelligence from inspectorates (seed 4.14).</summary>
    public const string Intelligence = "intelligence";

    public static readonly IReadOnlyList<string> All = [Frame, Scorecards, Risks, Emerging, Benchmarking, Inspections, Intelligence, Plan, Aalborg, CaseStudies, Concerns];

    private const string Core = "HccPerformance.Core.";

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByFeature = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        // Results, targets and scorecards: the scorecards, the council's own figure beside the comparators, Aalborg's weight.
        ["Indicators"] = [Frame, Scorecards, Benchmarking, Aalborg],
        ["Benchmarking"] = [Benchmarking],
        ["Risks"] = [Risks],
        // A self-assessment's "outstanding risks" show among the emerging risk issues.
        ["SelfAssessments"] = [Emerging],
        // An inspection feeds both: its recommendations' follow-up, and its judgement when it is strategic (or its happening
        // takes it off the forward programme).
        ["Inspections"] = [Inspections, Intelligence],
        ["ImprovementPlan"] = [Plan],
        ["Outcomes"] = [CaseStudies],
        ["Concerns"] = [Concerns],
        // Read by no box: their changes never cost the dashboard anything.
        ["Auditing"] = [], ["Notifications"] = [], ["Reports"] = [], ["Questions"] = [], ["Scrutiny"] = [], ["Ambition"] = [], ["Site"] = [],
        ["Data"] = [], ["Common"] = [],
    };

    /// <summary>The boxes a change to a record of this type may alter.</summary>
    public static IReadOnlyList<string> Touched(Type type)
    {
        // Types within a feature that feed a different box from the rest of it.
        if (type == typeof(EmergingRisk))
        {
            return [Emerging];
        }

        if (type == typeof(AalborgScore))
        {
            return [Aalborg];
        }

        if (type == typeof(Recommendation))
        {
            return [Inspections];
        }

        if (type == typeof(ExpectedInspection) || type == typeof(IntelligenceRecord))
        {
            return [Intelligence];
        }

        // The quarters and departments frame every box; people, roles and portfolios no box shows.
        if (type == typeof(ReportingPeriod) || type == typeof(Department))
        {
            return All;
        }

        var ns = type.Namespace ?? "";
        if (ns == "HccPerformance.Core.Organisation" || !ns.StartsWith(Core, StringComparison.Ordinal))
        {
            // Identity's and data protection's own types (sign-ins, keys) and the rest of Organisation (people, roles).
            return [];
        }

        var feature = ns[Core.Length..].Split('.')[0];
        return ByFeature.TryGetValue(feature, out var boxes) ? boxes : All;
    }
}
