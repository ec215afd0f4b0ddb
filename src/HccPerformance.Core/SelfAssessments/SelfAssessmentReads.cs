using System.Linq.Expressions;
using System.Text.Json;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

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

/// <summary>
/// Who is reading, as far as self-assessments care: the department they lead (as its Chief Officer or Executive Member),
/// and which surfaces show them other departments' submitted assessments.
/// </summary>
public sealed record AssessmentReader(int? LeadsDepartmentId, bool OpensAssessments, bool ReadsOfficerPages)
{
    /// <summary>Someone who leads no department: the view of everyone but the Chief Officer and Executive Member.</summary>
    public static readonly AssessmentReader Outsider = new(null, false, false);

    public static AssessmentReader Of(ICurrentUser user) => new(
        user.IsInRole(Roles.ChiefOfficer) || user.IsInRole(Roles.ExecutiveMember) ? user.DepartmentId : null,
        // The assessment's page: the Head of Improvement, CPEG and the Chief Executive read every submitted one.
        user.IsInRole(Roles.HeadOfImprovement) || user.IsInRole(Roles.CpegMember) || user.IsInRole(Roles.ChiefExecutive),
        // Cabinet and Select Committee members read self-assessments only in an issued report.
        Roles.All.Except([Roles.Cabinet, Roles.SelectCommittee]).Any(user.IsInRole));

    /// <summary>The department's Chief Officer or Executive Member: the only people who read its working text.</summary>
    public bool Leads(int departmentId) => LeadsDepartmentId == departmentId;

    public bool ReadsSubmittedOn(AssessmentSurface surface) => surface switch
    {
        AssessmentSurface.AssessmentPage => OpensAssessments,
        AssessmentSurface.OfficerPages => ReadsOfficerPages,
        _ => true,
    };
}

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
            ? Parse(json).Items(section).Select((text, position) => new SectionText(r.AssessmentId, r.DepartmentId, r.PeriodId, r.Status, position, text))
            : [new SectionText(r.AssessmentId, r.DepartmentId, r.PeriodId, r.Status, r.Position, r.Text)])];

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

/// <summary>An item as a reader may read it; <see cref="SubmittedJson"/> is set when the reader reads the last submitted version.</summary>
public class ReadableItem
{
    public int ItemId { get; init; }
    public int AssessmentId { get; init; }
    public int DepartmentId { get; init; }
    public int PeriodId { get; init; }
    public AssessmentStatus Status { get; init; }
    public ItemSection Section { get; init; }
    public int Position { get; init; }
    public string Text { get; init; } = "";
    public string? SubmittedJson { get; init; }
}

/// <summary>One item of a section, or (for a returned assessment read from outside) the whole last submitted version.</summary>
public sealed class SectionRow
{
    public int AssessmentId { get; init; }
    public int DepartmentId { get; init; }
    public int PeriodId { get; init; }
    public AssessmentStatus Status { get; init; }
    public int Position { get; init; }
    public string Text { get; init; } = "";
    public string? SubmittedJson { get; init; }
}

public sealed class ItemLinkRow
{
    public int ItemId { get; init; }
    public string TargetType { get; init; } = "";
    public int TargetId { get; init; }
}

public sealed record SectionText(int AssessmentId, int DepartmentId, int PeriodId, AssessmentStatus Status, int Position, string Text);

/// <summary>Where an assessment is, without its words: anyone may know that a department has submitted.</summary>
public sealed class AssessmentState
{
    public int Id { get; init; }
    public int DepartmentId { get; init; }
    public int PeriodId { get; init; }
    public int FinancialYear { get; init; }
    public int Quarter { get; init; }
    public AssessmentStatus Status { get; init; }
    public DateTime? FirstSubmittedUtc { get; init; }
    public DateTime? LastSubmittedUtc { get; init; }
    public bool SubmittedLate { get; init; }
}

/// <summary>
/// What the rest of Core reads of self-assessments (convention 15): composable queries, filtered by
/// <see cref="AssessmentVisibility"/>, so the rule is written once and a caller still composes one SQL command.
/// </summary>
public sealed class SelfAssessmentReads(AppDbContext db, ICurrentUser user)
{
    public AssessmentReader Reader => AssessmentReader.Of(user);

    /// <summary>Every assessment's state, without its words.</summary>
    public IQueryable<AssessmentState> States =>
        db.SelfAssessments.AsNoTracking().Select(a => new AssessmentState
        {
            Id = a.Id, DepartmentId = a.DepartmentId, PeriodId = a.ReportingPeriodId, FinancialYear = a.ReportingPeriod!.FinancialYear,
            Quarter = a.ReportingPeriod.Quarter, Status = a.Status, FirstSubmittedUtc = a.FirstSubmittedUtc, LastSubmittedUtc = a.LastSubmittedUtc,
            SubmittedLate = a.SubmittedLate,
        });

    /// <summary>
    /// The assessments whose words the reader (by default the signed-in person) may read there. Read their words through
    /// <see cref="AssessmentVisibility.ContentAsSeen"/> and <see cref="AssessmentVisibility.ItemsAsSeen"/>.
    /// </summary>
    public IQueryable<SelfAssessment> Readable(AssessmentSurface surface, AssessmentReader? reader = null) =>
        db.SelfAssessments.AsNoTracking().Where(AssessmentVisibility.VisibleTo(reader ?? Reader, surface));

    /// <summary>The items the reader may read there; finish with <see cref="AssessmentVisibility.AsSeen"/>.</summary>
    public IQueryable<ReadableItem> Items(AssessmentSurface surface, AssessmentReader? reader = null)
    {
        var r = reader ?? Reader;
        var leads = r.LeadsDepartmentId is not null;
        var department = r.LeadsDepartmentId ?? 0;
        return from a in Readable(surface, r)
               from i in a.Items
               select new ReadableItem
               {
                   ItemId = i.Id, AssessmentId = a.Id, DepartmentId = a.DepartmentId, PeriodId = a.ReportingPeriodId, Status = a.Status,
                   Section = i.Section, Position = i.Position, Text = i.Text,
                   SubmittedJson = a.Status == AssessmentStatus.Returned && !(leads && a.DepartmentId == department)
                       ? a.Versions.OrderByDescending(v => v.Number).Select(v => v.ContentJson).FirstOrDefault()
                       : null,
               };
    }

    /// <summary>
    /// One section of the assessments the reader may read there, in one command: the live items, and for a returned one
    /// read from outside its last submitted version as one row; finish with <see cref="AssessmentVisibility.Expand"/>.
    /// </summary>
    public IQueryable<SectionRow> Section(ItemSection section, AssessmentSurface surface, AssessmentReader? reader = null)
    {
        var r = reader ?? Reader;
        var leads = r.LeadsDepartmentId is not null;
        var department = r.LeadsDepartmentId ?? 0;
        var live =
            from a in Readable(surface, r)
            where a.Status != AssessmentStatus.Returned || (leads && a.DepartmentId == department)
            from i in a.Items
            where i.Section == section
            select new SectionRow
            {
                AssessmentId = a.Id, DepartmentId = a.DepartmentId, PeriodId = a.ReportingPeriodId, Status = a.Status, Position = i.Position,
                Text = i.Text, SubmittedJson = null,
            };
        var submitted =
            from a in Readable(surface, r)
            where a.Status == AssessmentStatus.Returned && !(leads && a.DepartmentId == department)
            select new SectionRow
            {
                AssessmentId = a.Id, DepartmentId = a.DepartmentId, PeriodId = a.ReportingPeriodId, Status = a.Status, Position = 0,
                Text = "", SubmittedJson = a.Versions.OrderByDescending(v => v.Number).Select(v => v.ContentJson).FirstOrDefault(),
            };
        return live.Concat(submitted);
    }

    /// <summary>What each item is about (a plan area, an indicator, a risk), for items already read through <see cref="Items"/>.</summary>
    public IQueryable<ItemLinkRow> Links =>
        db.Set<ItemLink>().AsNoTracking().Select(l => new ItemLinkRow { ItemId = EF.Property<int>(l, "AssessmentItemId"), TargetType = l.TargetType, TargetId = l.TargetId });

    /// <summary>Where an item's assessment is (department and period), whoever reads: for a concern's link back.</summary>
    public async Task<(int DepartmentId, int PeriodId)?> PlaceOfItemAsync(int itemId, CancellationToken ct = default)
    {
        var at = await (
            from a in db.SelfAssessments.AsNoTracking()
            from i in a.Items
            where i.Id == itemId
            select new { a.DepartmentId, a.ReportingPeriodId }).SingleOrDefaultAsync(ct);
        return at is null ? null : (at.DepartmentId, at.ReportingPeriodId);
    }
}
