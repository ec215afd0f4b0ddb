using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>
/// The one rule of who reads a self-assessment's words, decided once (issue 13). A draft, or one with the Executive Member,
/// is read only by its own department's Chief Officer and Executive Member: no other staff of the department, and nobody
/// else. A submitted one (submitted, returned, resubmitted, accepted: "received") is read as well by each surface's
/// audience; while it is returned, everyone but its Chief Officer and Executive Member reads the last submitted version,
/// never the rewrite.
/// </summary>
public static class AssessmentVisibility
{
    public static readonly IReadOnlyList<AssessmentStatus> ReceivedStatuses =
        [AssessmentStatus.Submitted, AssessmentStatus.Returned, AssessmentStatus.Resubmitted, AssessmentStatus.Accepted];

    /// <summary>Received by the Head of Improvement: submitted at least once, and not (yet) working text only.</summary>
    public static bool IsReceived(AssessmentStatus status) => ReceivedStatuses.Contains(status);

    public static readonly Expression<Func<SelfAssessment, bool>> Received = a =>
        a.Status == AssessmentStatus.Submitted || a.Status == AssessmentStatus.Returned
        || a.Status == AssessmentStatus.Resubmitted || a.Status == AssessmentStatus.Accepted;

    /// <summary>The rule in memory (the page of an assessment not started has no status: only its leads read it).</summary>
    public static bool MayRead(AssessmentReader reader, AssessmentSurface surface, int departmentId, AssessmentStatus? status) =>
        reader.Leads(departmentId) || (status is { } s && IsReceived(s) && reader.ReadsSubmittedOn(surface));

    /// <summary>The same rule as a query filter, so a list never fetches what its reader may not read.</summary>
    public static Expression<Func<SelfAssessment, bool>> VisibleTo(AssessmentReader reader, AssessmentSurface surface)
    {
        var leads = reader.LeadsDepartmentId is not null;
        var department = reader.LeadsDepartmentId ?? 0;
        var submitted = reader.ReadsSubmittedOn(surface);
        return a => (leads && a.DepartmentId == department)
            || (submitted && (a.Status == AssessmentStatus.Submitted || a.Status == AssessmentStatus.Returned
                || a.Status == AssessmentStatus.Resubmitted || a.Status == AssessmentStatus.Accepted));
    }

    /// <summary>Whether this reader reads the last submitted version instead of the assessment's live text.</summary>
    public static bool ShowsLastSubmitted(AssessmentReader reader, int departmentId, AssessmentStatus status) =>
        status == AssessmentStatus.Returned && !reader.Leads(departmentId);

    /// <summary>
    /// The assessment's words as this reader reads them: the live text, or (returned, outside its leads) the last
    /// submitted version. Needs <see cref="SelfAssessment.Versions"/> loaded.
    /// </summary>
    public static AssessmentContent ContentAsSeen(SelfAssessment assessment, AssessmentReader reader) =>
        ShowsLastSubmitted(reader, assessment.DepartmentId, assessment.Status)
            ? LastSubmitted(assessment.Versions.Select(v => (v.Number, v.ContentJson))) ?? AssessmentContent.Empty
            : assessment.Content;

    /// <summary>
    /// The item rows this reader reads: all, or (returned, outside its leads) only those whose words are still as last
    /// submitted; a rewritten or added item is the Chief Officer's working text. Needs items and versions loaded.
    /// </summary>
    public static IReadOnlyList<AssessmentItem> ItemsAsSeen(SelfAssessment assessment, AssessmentReader reader)
    {
        if (!ShowsLastSubmitted(reader, assessment.DepartmentId, assessment.Status))
        {
            return assessment.Items;
        }

        var submitted = LastSubmitted(assessment.Versions.Select(v => (v.Number, v.ContentJson)));
        return [.. assessment.Items.Where(i => submitted is not null && submitted.Items(i.Section).Contains(i.Text))];
    }

    /// <summary>Rows from <see cref="SelfAssessmentReads.Items"/>, as their reader reads them (see <see cref="ItemsAsSeen"/>).</summary>
    public static List<T> AsSeen<T>(IEnumerable<T> rows) where T : ReadableItem
    {
        var cache = new Dictionary<string, AssessmentContent>(StringComparer.Ordinal);
        return [.. rows.Where(r => r.SubmittedJson is not { } json
            || (cache.TryGetValue(json, out var c) ? c : cache[json] = Parse(json)).Items(r.Section).Contains(r.Text))];
    }

    /// <summary>Rows from <see cref="SelfAssessmentReads.Section"/>, expanded into the texts their reader reads.</summary>
    public static List<SectionText> Expand(IEnumerable<SectionRow> rows, ItemSection section) =>
        [.. rows.SelectMany(r => r.SubmittedJson is { } json
            ? Parse(json).Items(section).Select((text, position) => new SectionText(r.AssessmentId, r.DepartmentId, r.PeriodId, r.Status, position, text) { IsDemo = r.IsDemo })
            : [new SectionText(r.AssessmentId, r.DepartmentId, r.PeriodId, r.Status, r.Position, r.Text) { IsDemo = r.IsDemo }])];

    /// <summary>
    /// Audited properties that hold the Chief Officer's working text. Items and the statement change only while an
    /// assessment is a draft or returned, so their audit entries are always working text; what was submitted is in the
    /// <see cref="AssessmentVersion"/> entry each submission adds.
    /// </summary>
    public static bool IsWorkingText(string entityType, string property) => (entityType, property) switch
    {
        (nameof(SelfAssessment), nameof(SelfAssessment.OverallStatement) or nameof(SelfAssessment.TradeOffs)) => true,
        (nameof(AssessmentItem), nameof(AssessmentItem.Text)) => true,
        _ => false,
    };

    /// <summary>
    /// Whether an audited value is withheld from this reader: working text from everyone who reads the trail, and the
    /// words of a submitted version from those who do not open submitted assessments (the Administrator).
    /// </summary>
    public static bool WithheldInTrail(AssessmentReader reader, string entityType, string property) =>
        IsWorkingText(entityType, property)
        || (entityType == nameof(AssessmentVersion) && property == nameof(AssessmentVersion.ContentJson)
            && !reader.ReadsSubmittedOn(AssessmentSurface.AssessmentPage));

    internal static AssessmentContent? LastSubmitted(IEnumerable<(int Number, string Json)> versions) =>
        versions.OrderBy(v => v.Number).Select(v => Parse(v.Json)).LastOrDefault();

    private static AssessmentContent Parse(string json) => JsonSerializer.Deserialize<AssessmentContent>(json) ?? AssessmentContent.Empty;
}
