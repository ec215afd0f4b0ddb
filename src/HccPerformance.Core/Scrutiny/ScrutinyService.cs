using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Scrutiny;

/// <summary>
/// Select Committees' scrutiny reviews (issue 15): Select Committee members record reviews, their evidence, findings and
/// recommendations to the Executive and move them on; the Executive records its response to each recommendation once the
/// committee has reported, then progress on the action (<see cref="ScrutinyResponders"/>). Who reads what is
/// <see cref="ScrutinyVisibility"/>. A review follows from an area of concern the committee may read (the Concerns feature's
/// own rule) or a section of an issued report (the Reports feature's reader): neither is copied, only pointed to.
/// </summary>
public sealed class ScrutinyService(
    AppDbContext db, ICurrentUser user, TimeProvider clock, ConcernService concerns, ConcernReads concernReads, ReportReader reports,
    OrganisationReads organisation, PeopleDirectory people, INotificationSender notifications)
{
    private const string Review = "The scrutiny review";
    private const string TheRecommendation = "The recommendation";
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>How many of the latest issued reports offer their sections to follow from.</summary>
    private const int ReportsOffered = 4;

    /// <summary>How long a response stays on the committee's home page as news.</summary>
    private const int ResponsesShownForDays = 90;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Select Committee members record and change reviews.</summary>
    public bool CanRecord => Bodies.SitsOn(user.IsInRole, Body.OverviewAndScrutiny);

    public void RequireRecorder()
    {
        if (!CanRecord)
        {
            throw new ForbiddenException("Only Select Committee members record scrutiny reviews.");
        }
    }

    public async Task<List<ReviewRow>> ListAsync(CancellationToken ct = default)
    {
        var today = Today;
        var reviews = await db.ScrutinyReviews.AsNoTracking().Where(ScrutinyVisibility.VisibleTo(user.IsInRole))
            .Include(r => r.Recommendations).AsSplitQuery().ToListAsync(ct);
        return [.. reviews.Select(r => Row(r, today))
            .OrderBy(r => r.Status == ScrutinyStatus.Closed).ThenByDescending(r => r.Overdue).ThenByDescending(r => r.StartedOn).ThenByDescending(r => r.Id)];
    }

    public async Task<ReviewView> ReviewAsync(int id, CancellationToken ct = default)
    {
        var review = await ReadableAsync(id, ct);
        var today = Today;
        var departments = await organisation.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var recommendations = review.Recommendations.OrderBy(r => r.Id).Select((r, i) =>
        {
            var department = r.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null;
            var mayRespond = ScrutinyResponders.MayRespond(r.To, r.DepartmentId, user.IsInRole, user.DepartmentId);
            return new ScrutinyRecommendationRow(r.Id, i + 1, r.Text, r.To, r.DepartmentId, ScrutinyWords.Addressee(r.To, department), r.DueOn,
                r.IsOverdue(today), r.DaysOverdue(today), r.Response, r.ResponseText, r.ActionOn, r.RespondedOn, r.RespondedBy,
                [.. r.Progress.OrderBy(p => p.On).ThenBy(p => p.Id).Select(p => new ProgressRow(p.Text, p.On, p.By))],
                mayRespond && r.Response is null && review.Status == ScrutinyStatus.Reported,
                mayRespond && r.Response is ExecutiveResponse.Accepted or ExecutiveResponse.PartlyAccepted,
                r.Version, r.IsDemo);
        }).ToList();
        return new ReviewView(review.Id, review.Committee, review.Topic, review.Scope, review.Findings, review.Status, review.StartedOn,
            review.ReportedOn, review.ClosedOn, review.FollowsFrom, await DescribeAsync(review.FollowsFrom, ct),
            [.. review.Evidence.OrderBy(e => e.On).ThenBy(e => e.Id).Select(e => new EvidenceRow(e.What, e.From, e.On, e.RecordedBy))],
            recommendations, CanRecord && review.Status != ScrutinyStatus.Closed, ScrutinyReview.NextAfter(review.Status), today,
            review.CreatedBy, review.ModifiedBy, review.ModifiedUtc, review.Version, review.IsDemo);
    }

    /// <summary>
    /// What a review may follow from, for the form: the areas of concern this person reads (for a Select Committee member,
    /// those escalated to Overview and Scrutiny: the Concerns feature decides) and the department sections of the latest
    /// issued reports; plus the review's present choice, so saving keeps it.
    /// </summary>
    public async Task<List<FollowsFromOption>> FollowsFromOptionsAsync(FollowsFrom? keep = null, CancellationToken ct = default)
    {
        var options = new List<FollowsFromOption>();
        foreach (var c in await concerns.ListAsync(false, ct))
        {
            options.Add(new FollowsFromOption(FollowsFrom.Concern(c.Id).Key, c.Title, "Areas of concern"));
        }

        foreach (var summary in (await reports.ListAsync(ct)).Take(ReportsOffered))
        {
            var (_, content) = await reports.GetAsync(summary.Id, ct);
            foreach (var section in content.Departments)
            {
                options.Add(new FollowsFromOption(FollowsFrom.Section(summary.Id, section.Department).Key,
                    $"{section.Department}: {ReportName(summary)}", "Sections of issued reports"));
            }
        }

        if (keep is not null && keep != FollowsFrom.Nothing && options.All(o => o.Key != keep.Key) && await DescribeAsync(keep, ct) is { } kept)
        {
            options.Insert(0, new FollowsFromOption(keep.Key, kept.Words, "As recorded"));
        }

        return options;
    }

    public async Task<int> CreateAsync(ReviewInput input, CancellationToken ct = default)
    {
        RequireRecorder();
        var followsFrom = await CheckFollowsFromAsync(input.FollowsFrom, null, ct);
        if (!string.IsNullOrWhiteSpace(input.Findings))
        {
            throw new DomainException("Findings come from the evidence: record them once the review is gathering evidence", nameof(ReviewInput.Findings));
        }

        var review = new ScrutinyReview(input.Committee, input.Topic, input.Scope, followsFrom, Today);
        db.ScrutinyReviews.Add(review);
        await db.SaveChangesAsync(ct);
        return review.Id;
    }

    public async Task UpdateAsync(int id, ReviewInput input, CancellationToken ct = default)
    {
        RequireRecorder();
        var review = await db.ScrutinyReviews.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(Review);
        var followsFrom = await CheckFollowsFromAsync(input.FollowsFrom, review.FollowsFrom, ct);
        db.ExpectVersion(review, input.Version);
        review.Change(input.Committee, input.Topic, input.Scope, followsFrom, input.Findings);
        await SaveReviewAsync(id, ct);
    }

    /// <summary>Moves the review to its next step; reporting tells those the recommendations are made to.</summary>
    public async Task MoveAsync(int id, MoveReviewInput input, CancellationToken ct = default)
    {
        RequireRecorder();
        var review = await db.ScrutinyReviews.Include(r => r.Recommendations).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException(Review);
        db.ExpectVersion(review, input.Version);
        review.MoveTo(input.To!.Value, Today);
        if (review.Status == ScrutinyStatus.Reported)
        {
            await TellTheExecutiveAsync(review, ct);
        }

        await SaveReviewAsync(id, ct);
    }

    /// <summary>An append: it neither checks nor moves the review's version, so two members adding evidence at once both keep theirs.</summary>
    public async Task AddEvidenceAsync(int id, EvidenceInput input, CancellationToken ct = default)
    {
        RequireRecorder();
        var review = await db.ScrutinyReviews.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(Review);
        review.AddEvidence(input.What, input.From, input.On!.Value, user.DisplayName, Today);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An append, like evidence. The department must exist; a recommendation to a reported review tells its addressees.</summary>
    public async Task<int> AddRecommendationAsync(int id, ScrutinyRecommendationInput input, CancellationToken ct = default)
    {
        RequireRecorder();
        var review = await db.ScrutinyReviews.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(Review);
        if (input.To == ScrutinyAddressee.ExecutiveMember && input.DepartmentId is { } d && !await organisation.Departments.AnyAsync(x => x.Id == d, ct))
        {
            throw new DomainException("Choose a department from the list", nameof(ScrutinyRecommendationInput.DepartmentId));
        }

        var recommendation = review.Recommend(input.Text, input.To!.Value, input.DepartmentId, input.DueOn!.Value, Today);
        if (review.Status == ScrutinyStatus.Reported)
        {
            await TellAsync([recommendation], review, ct);
        }

        await db.SaveChangesAsync(ct);
        return recommendation.Id;
    }

    /// <summary>The review a recommendation belongs to, if this person may read it (else not found).</summary>
    public async Task<int> ReviewOfAsync(int recommendationId, CancellationToken ct = default) =>
        (await RecommendationAsync(recommendationId, track: false, ct)).Review.Id;

    /// <summary>Who may respond, checked before the form's input is looked at: a review this person may not read is not found.</summary>
    public async Task RequireResponderAsync(int recommendationId, CancellationToken ct = default)
    {
        var (recommendation, _) = await RecommendationAsync(recommendationId, track: false, ct);
        if (!ScrutinyResponders.MayRespond(recommendation.To, recommendation.DepartmentId, user.IsInRole, user.DepartmentId))
        {
            throw new ForbiddenException(ScrutinyResponders.WhoMay(recommendation.To, await DepartmentNameAsync(recommendation.DepartmentId, ct)));
        }
    }

    /// <summary>The Executive's response, once; a second person answering at the same moment sees the first answer, not a second one saved.</summary>
    public async Task<(int ReviewId, int Number)> RespondAsync(int recommendationId, ResponseInput input, CancellationToken ct = default)
    {
        await RequireResponderAsync(recommendationId, ct);
        var (recommendation, review) = await RecommendationAsync(recommendationId, track: true, ct);
        db.ExpectVersion(recommendation, input.Version);
        recommendation.Respond(input.Answer!.Value, input.ResponseText, input.ActionOn, await ResponderNameAsync(recommendation, ct), review.Status, Today);
        var number = await NumberAsync(recommendation, ct);
        foreach (var member in await people.InRoles(Bodies.RolesOf(Body.OverviewAndScrutiny)).Select(p => p.Id).Distinct().ToListAsync(ct))
        {
            notifications.Send(member,
                $"The Executive responded to recommendation {number} of the {review.Committee}'s review \"{review.Topic}\": {ScrutinyWords.Response(input.Answer!.Value).ToLowerInvariant()}.",
                $"/scrutiny/{review.Id}");
        }

        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.ScrutinyRecommendations.AsNoTracking().SingleAsync(r => r.Id == recommendationId, ct);
            // Their save was the response itself (the only change a recommendation takes): say so, as the rule would.
            return theirs.Response is { } given
                ? new DomainException($"{theirs.RespondedBy} recorded the Executive's response first, on {theirs.RespondedOn!.Value.ToString("d MMM yyyy", EnGb)}: " +
                    $"{ScrutinyWords.Response(given).ToLowerInvariant()}. It is shown below; a recommendation has one response.")
                : new ConcurrencyConflictException("Someone else changed this recommendation while you were responding. Check it and save again.", theirs.Version,
                    new Dictionary<string, string?>());
        }, ct);
        return (review.Id, number);
    }

    /// <summary>Progress on the agreed action: an append, never a conflict.</summary>
    public async Task<(int ReviewId, int Number)> AddProgressAsync(int recommendationId, ScrutinyProgressInput input, CancellationToken ct = default)
    {
        await RequireResponderAsync(recommendationId, ct);
        var (recommendation, review) = await RecommendationAsync(recommendationId, track: true, ct);
        recommendation.AddProgress(input.Text, user.DisplayName, Today);
        await db.SaveChangesAsync(ct);
        return (review.Id, await NumberAsync(recommendation, ct));
    }

    /// <summary>What the home page shows this person of scrutiny (<see cref="ScrutinyHome"/>).</summary>
    public async Task<ScrutinyHome> HomeAsync(CancellationToken ct = default)
    {
        var today = Today;
        List<ReviewRow> open = [];
        List<ResponseReceived> received = [];
        if (CanRecord)
        {
            var reviews = await db.ScrutinyReviews.AsNoTracking().Where(r => r.Status != ScrutinyStatus.Closed)
                .Include(r => r.Recommendations).AsSplitQuery().ToListAsync(ct);
            open = [.. reviews.Select(r => Row(r, today)).OrderByDescending(r => r.Overdue).ThenByDescending(r => r.StartedOn)];
            var since = today.AddDays(-ResponsesShownForDays);
            var responded = await db.ScrutinyReviews.AsNoTracking().Include(r => r.Recommendations).AsSplitQuery()
                .Where(r => r.Recommendations.Any(x => x.RespondedOn >= since)).ToListAsync(ct);
            received = [.. responded.SelectMany(r => r.Recommendations.OrderBy(x => x.Id).Select((x, i) => (Review: r, Recommendation: x, Number: i + 1)))
                .Where(x => x.Recommendation.RespondedOn >= since)
                .OrderByDescending(x => x.Recommendation.RespondedOn).ThenBy(x => x.Review.Id).ThenBy(x => x.Number)
                .Select(x => new ResponseReceived(x.Review.Id, x.Review.Topic, x.Number, x.Recommendation.Response!.Value, x.Recommendation.RespondedOn!.Value,
                    x.Recommendation.RespondedBy ?? "", x.Recommendation.IsDemo))];
        }

        var awaited = await AwaitedAsync(today, ct);
        var isHead = user.IsInRole(Roles.HeadOfImprovement);
        return new ScrutinyHome(today, open, received,
            // The Head of Improvement may respond to any on the Executive's behalf, but their list is the overdue ones.
            isHead ? [] : [.. awaited.Where(a => a.Mine).Select(a => a.Response)],
            isHead ? [.. awaited.Where(a => a.Response.IsOverdue).Select(a => a.Response)] : []);
    }

    private async Task<List<(AwaitedResponse Response, bool Mine)>> AwaitedAsync(DateOnly today, CancellationToken ct)
    {
        var reviews = await db.ScrutinyReviews.AsNoTracking().Where(r => r.Status == ScrutinyStatus.Reported)
            .Include(r => r.Recommendations).AsSplitQuery().ToListAsync(ct);
        var departments = await organisation.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return [.. reviews.SelectMany(r => r.Recommendations.OrderBy(x => x.Id).Select((x, i) => (Review: r, Recommendation: x, Number: i + 1)))
            .Where(x => x.Recommendation.Response is null)
            .OrderByDescending(x => x.Recommendation.IsOverdue(today)).ThenBy(x => x.Recommendation.DueOn).ThenBy(x => x.Recommendation.Id)
            .Select(x => (new AwaitedResponse(x.Recommendation.Id, x.Review.Id, x.Review.Committee, x.Review.Topic, x.Number, x.Recommendation.Text,
                    ScrutinyWords.Addressee(x.Recommendation.To, x.Recommendation.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null),
                    x.Recommendation.DueOn, x.Recommendation.IsOverdue(today), x.Recommendation.DaysOverdue(today), x.Recommendation.IsDemo),
                ScrutinyResponders.MayRespond(x.Recommendation.To, x.Recommendation.DepartmentId, user.IsInRole, user.DepartmentId)))];
    }

    private static ReviewRow Row(ScrutinyReview r, DateOnly today) =>
        new(r.Id, r.Committee, r.Topic, r.Status, r.StartedOn, r.ReportedOn, r.Recommendations.Count,
            ScrutinyVisibility.IsPublished(r.Status) ? r.Recommendations.Count(x => x.Response is null) : 0,
            r.Recommendations.Count(x => x.IsOverdue(today)), r.IsDemo);

    /// <summary>The review with everything on it, if this person may read it; otherwise not found (they learn nothing of it).</summary>
    private async Task<ScrutinyReview> ReadableAsync(int id, CancellationToken ct)
    {
        var review = await db.ScrutinyReviews.AsNoTracking().Include(r => r.Evidence).Include(r => r.Recommendations).ThenInclude(x => x.Progress)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(Review);
        return ScrutinyVisibility.MayRead(review.Status, review.Recommendations.Count > 0, user.IsInRole) ? review : throw new NotFoundException(Review);
    }

    private async Task<(ScrutinyRecommendation Recommendation, ScrutinyReview Review)> RecommendationAsync(int id, bool track, CancellationToken ct)
    {
        var recommendations = track ? db.ScrutinyRecommendations : db.ScrutinyRecommendations.AsNoTracking();
        var recommendation = await recommendations.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(TheRecommendation);
        var review = await db.ScrutinyReviews.AsNoTracking().SingleAsync(r => r.Id == recommendation.ScrutinyReviewId, ct);
        // Any recommendation makes the review readable by the Executive; the rule still decides for everyone else.
        return ScrutinyVisibility.MayRead(review.Status, true, user.IsInRole) ? (recommendation, review) : throw new NotFoundException(TheRecommendation);
    }

    private Task<int> NumberAsync(ScrutinyRecommendation r, CancellationToken ct) =>
        db.ScrutinyRecommendations.CountAsync(x => x.ScrutinyReviewId == r.ScrutinyReviewId && x.Id <= r.Id, ct);

    private async Task<string?> DepartmentNameAsync(int? id, CancellationToken ct) =>
        id is { } d ? await organisation.Departments.Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;

    /// <summary>Who responded, as the page says it: the Head of Improvement says for whom.</summary>
    private async Task<string> ResponderNameAsync(ScrutinyRecommendation r, CancellationToken ct) =>
        user.IsInRole(Roles.HeadOfImprovement) && !ScrutinyResponders.MayRespond(r.To, r.DepartmentId, role => role != Roles.HeadOfImprovement && user.IsInRole(role), user.DepartmentId)
            ? $"{user.DisplayName}, for {ScrutinyWords.Addressee(r.To, await DepartmentNameAsync(r.DepartmentId, ct))}"
            : user.DisplayName;

    /// <summary>
    /// The choice is one of the form's: a concern this person reads (the Concerns feature's rule) or a section of an issued
    /// report. The review's present choice may be kept even if it would no longer be offered.
    /// </summary>
    private async Task<FollowsFrom> CheckFollowsFromAsync(string? key, FollowsFrom? present, CancellationToken ct)
    {
        var chosen = FollowsFrom.Parse(key) ?? throw new DomainException("Choose what the review follows from in the list", nameof(ReviewInput.FollowsFrom));
        if (chosen == FollowsFrom.Nothing || chosen == present)
        {
            return chosen;
        }

        if (chosen.ConcernId is { } concern)
        {
            try
            {
                await concerns.GetAsync(concern, ct);
            }
            catch (NotFoundException)
            {
                throw new DomainException("Choose an area of concern from the list: that one is not one you can read", nameof(ReviewInput.FollowsFrom));
            }

            return chosen;
        }

        try
        {
            var (_, content) = await reports.GetAsync(chosen.IssuedReportId!.Value, ct);
            return content.Departments.Any(d => d.Department == chosen.ReportSection)
                ? chosen
                : throw new DomainException("That report has no section for that department: choose one from the list", nameof(ReviewInput.FollowsFrom));
        }
        catch (NotFoundException)
        {
            throw new DomainException("Choose a report's section from the list: that report was not found", nameof(ReviewInput.FollowsFrom));
        }
    }

    private async Task<FollowsFromView?> DescribeAsync(FollowsFrom followsFrom, CancellationToken ct)
    {
        if (followsFrom.ConcernId is { } concernId)
        {
            var concern = await concernReads.Concerns.Include(c => c.Escalations).SingleOrDefaultAsync(c => c.Id == concernId, ct);
            return concern is null ? new FollowsFromView("An area of concern no longer recorded", null)
                : concerns.CanRead(concern) ? new FollowsFromView($"The area of concern \"{concern.Title}\"", $"/concerns/{concern.Id}")
                : new FollowsFromView("An area of concern referred to Overview and Scrutiny", null);
        }

        if (followsFrom.IssuedReportId is { } reportId)
        {
            try
            {
                var (summary, content) = await reports.GetAsync(reportId, ct);
                var index = content.Departments.ToList().FindIndex(d => d.Department == followsFrom.ReportSection);
                return new FollowsFromView($"{followsFrom.ReportSection}'s section of the {ReportName(summary)}",
                    index < 0 ? $"/reports/{reportId}" : $"/reports/{reportId}#department-{index}");
            }
            catch (NotFoundException)
            {
                return new FollowsFromView($"{followsFrom.ReportSection}'s section of a report no longer recorded", null);
            }
        }

        return null;
    }

    private static string ReportName(IssuedSummary summary) =>
        $"corporate performance report {summary.PeriodName}, version {summary.VersionNumber}";

    private async Task TellTheExecutiveAsync(ScrutinyReview review, CancellationToken ct) => await TellAsync(review.Recommendations, review, ct);

    /// <summary>Tells the people each recommendation is made to that it waits for their response (saved with the change).</summary>
    private async Task TellAsync(IEnumerable<ScrutinyRecommendation> recommendations, ScrutinyReview review, CancellationToken ct)
    {
        var byPerson = new Dictionary<string, List<ScrutinyRecommendation>>(StringComparer.Ordinal);
        foreach (var r in recommendations)
        {
            var query = r.To switch
            {
                ScrutinyAddressee.Leader => people.InRoles(Roles.Leader),
                ScrutinyAddressee.Cabinet => people.InRoles(Bodies.RolesOf(Body.Cabinet)),
                _ => people.InRoles(Roles.ExecutiveMember).Where(p => p.DepartmentId == r.DepartmentId),
            };
            foreach (var id in await query.Select(p => p.Id).Distinct().ToListAsync(ct))
            {
                (byPerson.TryGetValue(id, out var list) ? list : byPerson[id] = []).Add(r);
            }
        }

        foreach (var (person, list) in byPerson)
        {
            var due = list.Min(r => r.DueOn).ToString("d MMM yyyy", EnGb);
            notifications.Send(person, list.Count == 1
                ? $"The {review.Committee} reported its review \"{review.Topic}\": a recommendation to you waits for the Executive's response, due {due}."
                : $"The {review.Committee} reported its review \"{review.Topic}\": {list.Count} recommendations to you wait for the Executive's response, the first due {due}.",
                $"/scrutiny/{review.Id}");
        }
    }

    private Task SaveReviewAsync(int id, CancellationToken ct) => db.SaveOrConflictAsync(async () =>
    {
        var theirs = await db.ScrutinyReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return theirs is null
            ? new DomainException("The review was removed while you were editing it")
            : new ConcurrencyConflictException(
                $"Someone else ({theirs.ModifiedBy ?? theirs.CreatedBy}) changed this review while you were editing it. Their version is shown; what you typed is still in the form. Save again to replace theirs.",
                theirs.Version,
                new Dictionary<string, string?>
                {
                    ["Committee"] = theirs.Committee,
                    ["Topic"] = theirs.Topic,
                    ["Scope"] = theirs.Scope,
                    ["Findings"] = theirs.Findings ?? "None yet",
                    ["Step"] = ScrutinyWords.Status(theirs.Status),
                });
    }, ct);
}
