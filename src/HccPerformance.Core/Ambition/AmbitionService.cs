using System.Globalization;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Ambition;

/// <summary>
/// The council's ambition (issue 15; seed 3.4 and Appendix One): the Leader and Cabinet members set the council's ambition for
/// any indicator or plan area, Executive Members ambition for best practice within their portfolio; CPEG's ambition view
/// judges every target against last year's result, the comparators and the ambition, and CPEG records what it asked for.
/// Every change checks who is asking (<see cref="RequireSetterAsync"/>, <see cref="RequireRequesterAsync"/>).
/// </summary>
public sealed class AmbitionService(
    AppDbContext db, ICurrentUser user, TimeProvider clock, IndicatorReads indicators, PlanReads plan, BenchmarkReads benchmarks,
    OrganisationReads organisation, PeopleDirectory people)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public int CurrentYear => ReportingPeriod.FinancialYearOf(Today);

    /// <summary>The years an ambition may be set for: this financial year and the next few.</summary>
    public IReadOnlyList<int> Years => [.. Enumerable.Range(CurrentYear, AmbitionLimits.YearsAhead + 1)];

    public bool SetsAny => AmbitionRoles.SetsCouncilAmbition(user.IsInRole) || user.IsInRole(Roles.ExecutiveMember);

    public bool RecordsRequests => AmbitionRoles.RecordsRequests(user.IsInRole);

    public bool ReadsReview => AmbitionRoles.ReviewReaders.Split(',').Any(user.IsInRole);

    /// <summary>The indicator or plan area, named, with the departments that answer for it; 404 when there is none.</summary>
    public async Task<AmbitionSubjectView> SubjectAsync(AmbitionSubject subject, int id, CancellationToken ct = default) =>
        (await SubjectsAsync(subject, [id], ct)).GetValueOrDefault(id)
            ?? throw new NotFoundException(subject == AmbitionSubject.Indicator ? "The indicator" : "The plan area");

    /// <summary>Several indicators or plan areas at once: the department names and the subjects in one query each, whatever their number.</summary>
    private async Task<Dictionary<int, AmbitionSubjectView>> SubjectsAsync(AmbitionSubject subject, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var names = await organisation.DepartmentNamesAsync(ct);
        if (subject == AmbitionSubject.Indicator)
        {
            var found = await indicators.Indicators.Where(x => ids.Contains(x.Id)).Select(x => new { x.Id, x.Code, x.Title, x.Unit, x.Polarity, x.DepartmentId })
                .ToListAsync(ct);
            return found.ToDictionary(i => i.Id, i => new AmbitionSubjectView(subject, i.Id, $"{i.Code} {i.Title}", i.Unit, i.Polarity,
                i.DepartmentId is { } d ? [d] : [], i.DepartmentId is { } dd ? names.GetValueOrDefault(dd) : null));
        }

        var areas = await plan.PriorityAreas.Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.ShortName, x.AccountableDepartmentId, Others = x.InvolvedDepartments.Select(o => o.DepartmentId).ToList() })
            .ToListAsync(ct);
        return areas.ToDictionary(a => a.Id, a => new AmbitionSubjectView(subject, a.Id, a.ShortName, null, null,
            [.. a.Others.Prepend(a.AccountableDepartmentId ?? 0).Where(d => d != 0).Distinct()],
            a.AccountableDepartmentId is { } ad ? names.GetValueOrDefault(ad) : null));
    }

    /// <summary>
    /// Who may set ambition for it: the Leader and Cabinet members for anything (the council's ambition); an Executive Member
    /// for what a department of their portfolio answers for (ambition for best practice). Anyone else is refused (403).
    /// </summary>
    public async Task<AmbitionSubjectView> RequireSetterAsync(AmbitionSubject subject, int id, CancellationToken ct = default)
    {
        var view = await SubjectAsync(subject, id, ct);
        if (await KindForAsync(view, ct) is null)
        {
            throw new ForbiddenException("Only the Leader, Cabinet members and the Executive Member whose portfolio it is in may set its ambition.");
        }

        return view;
    }

    /// <summary>Who may record what CPEG asked for: those who sit on CPEG.</summary>
    public async Task<AmbitionSubjectView> RequireRequesterAsync(AmbitionSubject subject, int id, CancellationToken ct = default)
    {
        if (!RecordsRequests)
        {
            throw new ForbiddenException("Only CPEG records what it asked for.");
        }

        return await SubjectAsync(subject, id, ct);
    }

    public async Task<AmbitionPage> PageAsync(AmbitionSubject subject, int id, CancellationToken ct = default)
    {
        var view = await SubjectAsync(subject, id, ct);
        var ids = await SameThingAsync(subject, id, ct);
        var all = await AmbitionsOf(subject).Where(a => ids.Contains(a.SubjectId)).ToListAsync(ct);
        var rows = Newest(all).Select(Row).ToList();
        var requests = await db.AmbitionRequests.AsNoTracking().Where(r => r.Subject == subject && ids.Contains(r.SubjectId))
            .OrderByDescending(r => r.RecordedUtc).ThenByDescending(r => r.Id)
            .Select(r => new AmbitionRequestRow(r.Text, r.RecordedByName, r.RecordedUtc, r.IsDemo)).ToListAsync(ct);
        var kind = await KindForAsync(view, ct);
        ReviewRow? standing = null;
        if (subject == AmbitionSubject.Indicator)
        {
            var year = await TargetYearAsync(null, ct);
            standing = year is { } y ? (await ReviewRowsAsync(y, [id], ct)).SingleOrDefault() : null;
        }

        return new AmbitionPage(view, rows.FirstOrDefault(), [.. rows.Skip(1)], requests, kind is not null, kind, RecordsRequests, Years, standing);
    }

    /// <summary>
    /// Sets a new ambition, which supersedes the current one (kept as history). If someone else set one since the form was
    /// drawn, theirs is shown and nothing is saved; saving again supersedes theirs on purpose.
    /// </summary>
    public async Task SetAsync(AmbitionSubject subject, int id, AmbitionInput input, CancellationToken ct = default)
    {
        var view = await RequireSetterAsync(subject, id, ct);
        var kind = (await KindForAsync(view, ct))!.Value;
        if (!Years.Contains(input.ForYear!.Value))
        {
            throw new DomainException($"Choose a year from {FinancialYears.Name(Years[0])} to {FinancialYears.Name(Years[^1])}: an ambition is for a year to come", nameof(AmbitionInput.ForYear));
        }

        var ids = await SameThingAsync(subject, id, ct);
        var current = Newest(await AmbitionsOf(subject).Where(a => ids.Contains(a.SubjectId)).ToListAsync(ct)).FirstOrDefault();
        if ((current?.Version ?? Guid.Empty) != input.Version)
        {
            throw current is null
                ? new DomainException("The ambition you were replacing is no longer there. Check the page and save again.")
                : new ConcurrencyConflictException(
                    $"{current.SetByName} set a new ambition for this on {current.SetOn.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} while you were typing. " +
                    "Theirs is shown; what you typed is still in the form. Save again to replace theirs.",
                    current.Version,
                    new Dictionary<string, string?>
                    {
                        ["Position aimed for"] = current.Position,
                        ["Level"] = AmbitionWords.Level(current.Quartile, current.Figure, view.Unit, current.ForYear),
                        ["Set by"] = current.SetByName,
                    });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Ambitions.Add(new Ambition(subject, id, kind, input.Position, input.Quartile, input.Figure, input.ForYear.Value, Today,
            user.UserId ?? "", user.DisplayName, now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records what CPEG asked for: an append, so people recording at once never conflict.</summary>
    public async Task RecordRequestAsync(AmbitionSubject subject, int id, AmbitionRequestInput input, CancellationToken ct = default)
    {
        await RequireRequesterAsync(subject, id, ct);
        db.AmbitionRequests.Add(new AmbitionRequest(subject, id, input.Text, user.UserId ?? "", user.DisplayName, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The members' list: every indicator and the current plan's live areas, with their current ambitions, those a member may
    /// set first (for an Executive Member, their portfolio's). A search narrows it by code, title or department.
    /// </summary>
    public async Task<AmbitionList> ListAsync(string? search, CancellationToken ct = default)
    {
        var names = await organisation.DepartmentNamesAsync(ct);
        var portfolio = await PortfolioAsync(ct);
        var council = AmbitionRoles.SetsCouncilAmbition(user.IsInRole);
        var current = await CurrentAmbitionsAsync(ct);
        var term = search?.Trim() ?? "";
        bool Matches(params string?[] texts) => term.Length == 0 || texts.Any(t => t?.Contains(term, StringComparison.OrdinalIgnoreCase) == true);

        var allIndicators = await indicators.Indicators.Select(i => new { i.Id, i.Code, i.Title, i.Unit, i.Polarity, i.DepartmentId }).ToListAsync(ct);
        var byId = allIndicators.ToDictionary(i => i.Id);
        var indicatorRows = Indicator.NaturalOrder(allIndicators.Select(i => (i.Code, i.Id))).Select(id => byId[id])
            .Select(i =>
            {
                var department = i.DepartmentId is { } d ? names.GetValueOrDefault(d) : null;
                var view = new AmbitionSubjectView(AmbitionSubject.Indicator, i.Id, $"{i.Code} {i.Title}", i.Unit, i.Polarity,
                    i.DepartmentId is { } dd ? [dd] : [], department);
                return new AmbitionListRow(view, i.Code, current.GetValueOrDefault((AmbitionSubject.Indicator, i.Id)),
                    council || (i.DepartmentId is { } p && portfolio.Contains(p)));
            })
            .Where(r => Matches(r.Subject.Name, r.Subject.Department))
            .OrderByDescending(r => r.MaySet && !council).ToList();

        var areas = await CurrentAreasAsync(ct);
        var areaRows = areas.Select(a =>
            {
                var view = new AmbitionSubjectView(AmbitionSubject.PlanArea, a.Id, a.Name, null, null, a.Departments,
                    a.Accountable is { } d ? names.GetValueOrDefault(d) : null);
                return new AmbitionListRow(view, null, current.GetValueOrDefault((AmbitionSubject.PlanArea, a.Id)),
                    council || a.Departments.Any(portfolio.Contains));
            })
            .Where(r => Matches(r.Subject.Name, r.Subject.Department))
            .OrderByDescending(r => r.MaySet && !council).ToList();
        return new AmbitionList(search, indicatorRows, areaRows, SetsAny);
    }

    /// <summary>
    /// CPEG's ambition view for a year's targets (by default this financial year's, or the latest year with targets): every
    /// indicator with a target that year, flagged or not (or the flagged only), and the plan areas with an ambition.
    /// </summary>
    public async Task<AmbitionReview> ReviewAsync(int? year, bool flaggedOnly, CancellationToken ct = default)
    {
        var years = await indicators.Targets.Select(t => t.FinancialYear).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var chosen = await TargetYearAsync(year, ct);
        if (chosen is not { } y || !years.Contains(y))
        {
            return new AmbitionReview(chosen, years, flaggedOnly, [], 0, 0, await AreaRowsAsync(ct));
        }

        var rows = await ReviewRowsAsync(y, null, ct);
        return new AmbitionReview(y, years, flaggedOnly, [.. rows.Where(r => !flaggedOnly || r.Check.IsFlagged)], rows.Count,
            rows.Count(r => r.Check.IsFlagged), await AreaRowsAsync(ct));
    }

    /// <summary>The current ambitions this person set, and whether this year's target now falls short of each.</summary>
    public async Task<IReadOnlyList<MyAmbition>> MineAsync(CancellationToken ct = default)
    {
        if (user.UserId is not { } me || !SetsAny)
        {
            return [];
        }

        var current = (await CurrentAmbitionsAsync(ct)).Where(c => c.Value.SetById == me).ToList();
        if (current.Count == 0)
        {
            return [];
        }

        var indicatorIds = current.Where(c => c.Key.Subject == AmbitionSubject.Indicator).Select(c => c.Key.Id).ToList();
        var standing = await TargetYearAsync(null, ct) is { } y ? (await ReviewRowsAsync(y, indicatorIds, ct)).ToDictionary(r => r.IndicatorId) : [];
        var subjects = new Dictionary<AmbitionSubject, Dictionary<int, AmbitionSubjectView>>
        {
            [AmbitionSubject.Indicator] = await SubjectsAsync(AmbitionSubject.Indicator, indicatorIds, ct),
            [AmbitionSubject.PlanArea] = await SubjectsAsync(AmbitionSubject.PlanArea,
                [.. current.Where(c => c.Key.Subject == AmbitionSubject.PlanArea).Select(c => c.Key.Id)], ct),
        };
        return [.. current.OrderByDescending(c => c.Value.SetOn).ThenByDescending(c => c.Value.Id)
            .Where(c => subjects[c.Key.Subject].ContainsKey(c.Key.Id))
            .Select(c => new MyAmbition(subjects[c.Key.Subject][c.Key.Id], c.Value,
                c.Key.Subject == AmbitionSubject.Indicator ? standing.GetValueOrDefault(c.Key.Id) : null))];
    }

    private async Task<int?> TargetYearAsync(int? year, CancellationToken ct)
    {
        if (year is not null)
        {
            return year;
        }

        var current = CurrentYear;
        var years = await indicators.Targets.Where(t => t.FinancialYear <= current).Select(t => (int?)t.FinancialYear).MaxAsync(ct);
        return years ?? await indicators.Targets.Select(t => (int?)t.FinancialYear).MinAsync(ct);
    }

    /// <summary>The review's rows for the year, for every indicator with a target (or only those given).</summary>
    private async Task<List<ReviewRow>> ReviewRowsAsync(int year, IReadOnlyCollection<int>? only, CancellationToken ct)
    {
        var targets = indicators.Targets.Where(t => t.FinancialYear == year);
        if (only is not null)
        {
            targets = targets.Where(t => only.Contains(t.IndicatorId));
        }

        var rows = await (
            from t in targets
            join i in indicators.Indicators on t.IndicatorId equals i.Id
            join d in organisation.Departments on i.DepartmentId equals d.Id into dd
            from d in dd.DefaultIfEmpty()
            select new { i.Id, i.Code, i.Title, i.Unit, i.Polarity, i.Frequency, Department = d == null ? null : d.Name, t.Value, t.IsStretch })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();

        // Last year's result: the latest of the financial year before, as the benchmarking page takes a council's figure.
        var (from, to) = (new DateOnly(year - 1, 4, 1), new DateOnly(year, 4, 1));
        var results = (await indicators.Results.Where(r => ids.Contains(r.IndicatorId) && r.PeriodStart >= from && r.PeriodStart < to)
                .Select(r => new { r.IndicatorId, r.PeriodStart, r.Value }).ToListAsync(ct))
            .GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.PeriodStart).First());

        // The comparators: the latest year before the target's with figures (benchmarking clubs publish a year behind).
        var figures = (await benchmarks.Results.Where(b => ids.Contains(b.IndicatorId) && b.FinancialYear < year)
                .Select(b => new { b.IndicatorId, b.FinancialYear, b.Value }).ToListAsync(ct))
            .GroupBy(b => b.IndicatorId).ToDictionary(g => g.Key, g =>
            {
                var latest = g.Max(b => b.FinancialYear);
                return (Year: latest, Values: (IReadOnlyCollection<decimal>)[.. g.Where(b => b.FinancialYear == latest).Select(b => b.Value)]);
            });

        var ambitions = await CurrentAmbitionsAsync(ct);
        var requests = await LatestRequestsAsync(AmbitionSubject.Indicator, ct);
        var byId = rows.ToDictionary(r => r.Id);
        return [.. Indicator.NaturalOrder(rows.Select(r => (r.Code, r.Id))).Select(id => byId[id]).Select(r =>
        {
            var result = results.GetValueOrDefault(r.Id);
            var benchmark = figures.TryGetValue(r.Id, out var f) ? f : ((int Year, IReadOnlyCollection<decimal> Values)?)null;
            var ambition = ambitions.GetValueOrDefault((AmbitionSubject.Indicator, r.Id));
            var check = AmbitionFlags.Assess(r.Polarity, r.Value, year, result?.Value, benchmark?.Values ?? [], ambition?.Level);
            return new ReviewRow(r.Id, r.Code, r.Title, r.Department, r.Unit, r.Polarity, year, r.Value, r.IsStretch, result?.Value,
                result is null ? null : new ResultPeriod(result.PeriodStart, r.Frequency).Label, benchmark?.Year, benchmark?.Values.Count ?? 0,
                ambition, check, requests.GetValueOrDefault(r.Id));
        })];
    }

    private async Task<List<ReviewAreaRow>> AreaRowsAsync(CancellationToken ct)
    {
        var names = await organisation.DepartmentNamesAsync(ct);
        var current = await CurrentAmbitionsAsync(ct);
        var requests = await LatestRequestsAsync(AmbitionSubject.PlanArea, ct);
        return [.. (await CurrentAreasAsync(ct))
            .Where(a => current.ContainsKey((AmbitionSubject.PlanArea, a.Id)))
            .Select(a => new ReviewAreaRow(a.Id, a.Name, a.Accountable is { } d ? names.GetValueOrDefault(d) : null,
                current[(AmbitionSubject.PlanArea, a.Id)], a.Lineage.Select(requests.GetValueOrDefault).FirstOrDefault(r => r is not null)))];
    }

    private sealed record AreaLine(int Id, string Name, int? Accountable, IReadOnlyList<int> Departments, IReadOnlyList<int> Lineage);

    /// <summary>The current plan's live areas, each with the ids its lineage had in earlier plan years.</summary>
    private async Task<List<AreaLine>> CurrentAreasAsync(CancellationToken ct)
    {
        var live = await plan.CurrentAreasOfPlanLiveOn(Today)
            .OrderBy(a => a.ThemeNumber).ThenBy(a => a.Position)
            .Select(a => new { a.Id, a.ShortName, a.AccountableDepartmentId, a.Lineage, Others = a.InvolvedDepartments.Select(o => o.DepartmentId).ToList() })
            .ToListAsync(ct);
        var lineages = live.Select(a => a.Lineage).ToList();
        var earlier = (await plan.PriorityAreas.Where(a => lineages.Contains(a.Lineage)).Select(a => new { a.Id, a.Lineage }).ToListAsync(ct))
            .ToLookup(a => a.Lineage, a => a.Id);
        return [.. live.Select(a => new AreaLine(a.Id, a.ShortName, a.AccountableDepartmentId,
            [.. a.Others.Prepend(a.AccountableDepartmentId ?? 0).Where(d => d != 0).Distinct()],
            [.. earlier[a.Lineage].Prepend(a.Id).Distinct()]))];
    }

    /// <summary>
    /// The ids that are the same thing: an indicator is itself; a plan area is every year's area of its lineage, so an ambition
    /// set before the annual refresh stays with the area.
    /// </summary>
    private async Task<List<int>> SameThingAsync(AmbitionSubject subject, int id, CancellationToken ct)
    {
        if (subject == AmbitionSubject.Indicator)
        {
            return [id];
        }

        var lineage = await plan.PriorityAreas.Where(a => a.Id == id).Select(a => a.Lineage).SingleAsync(ct);
        return await plan.PriorityAreas.Where(a => a.Lineage == lineage).Select(a => a.Id).ToListAsync(ct);
    }

    /// <summary>The current ambition of everything that has one, keyed by subject and (for plan areas) the current area's id.</summary>
    private async Task<Dictionary<(AmbitionSubject Subject, int Id), AmbitionRow>> CurrentAmbitionsAsync(CancellationToken ct)
    {
        var all = await db.Ambitions.AsNoTracking().ToListAsync(ct);
        var current = all.Where(a => a.Subject == AmbitionSubject.Indicator).GroupBy(a => a.SubjectId)
            .ToDictionary(g => (AmbitionSubject.Indicator, g.Key), g => Row(Newest(g).First()));
        var areaAmbitions = all.Where(a => a.Subject == AmbitionSubject.PlanArea).ToList();
        if (areaAmbitions.Count > 0)
        {
            foreach (var area in await CurrentAreasAsync(ct))
            {
                if (Newest(areaAmbitions.Where(a => area.Lineage.Contains(a.SubjectId))).FirstOrDefault() is { } newest)
                {
                    current[(AmbitionSubject.PlanArea, area.Id)] = Row(newest);
                }
            }
        }

        return current;
    }

    private async Task<Dictionary<int, AmbitionRequestRow>> LatestRequestsAsync(AmbitionSubject subject, CancellationToken ct) =>
        (await db.AmbitionRequests.AsNoTracking().Where(r => r.Subject == subject).ToListAsync(ct))
            .GroupBy(r => r.SubjectId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.RecordedUtc).ThenByDescending(r => r.Id)
                .Select(r => new AmbitionRequestRow(r.Text, r.RecordedByName, r.RecordedUtc, r.IsDemo)).First());

    private IQueryable<Ambition> AmbitionsOf(AmbitionSubject subject) => db.Ambitions.AsNoTracking().Where(a => a.Subject == subject);

    private static IEnumerable<Ambition> Newest(IEnumerable<Ambition> ambitions) =>
        ambitions.OrderByDescending(a => a.SetUtc).ThenByDescending(a => a.Id);

    private static AmbitionRow Row(Ambition a) =>
        new(a.Id, a.Kind, a.Position, a.Quartile, a.Figure, a.ForYear, a.SetOn, a.SetById, a.SetByName, a.Version, a.IsDemo);

    /// <summary>The kind of ambition this person would set for it, or null when they may not set one.</summary>
    private async Task<AmbitionKind?> KindForAsync(AmbitionSubjectView view, CancellationToken ct)
    {
        if (AmbitionRoles.SetsCouncilAmbition(user.IsInRole))
        {
            return AmbitionKind.Council;
        }

        if (user.IsInRole(Roles.ExecutiveMember) && view.DepartmentIds.Count > 0)
        {
            var portfolio = await PortfolioAsync(ct);
            return view.DepartmentIds.Any(portfolio.Contains) ? AmbitionKind.BestPractice : null;
        }

        return null;
    }

    /// <summary>The departments of an Executive Member's portfolio (none for anyone else).</summary>
    private async Task<HashSet<int>> PortfolioAsync(CancellationToken ct) =>
        user.IsInRole(Roles.ExecutiveMember) && user.UserId is { } id ? [.. await people.PortfolioOf(id).ToListAsync(ct)] : [];
}
