using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Outcomes;

/// <summary>
/// Community outcome improvement case studies and the Aalborg scorecard (seed 4.14; issue 6). Everyone signed in reads both.
/// The Performance Team keeps them; a Chief Officer also adds and edits their own department's case studies.
/// </summary>
public sealed class OutcomesService(AppDbContext db, ICurrentUser user, TimeProvider clock, OrganisationReads organisation)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public int CurrentYear => ReportingPeriod.FinancialYearOf(Today);

    public bool IsPerformanceTeam => user.IsInRole(Roles.PerformanceTeam);

    /// <summary>The department a Chief Officer writes case studies for; null for everyone else.</summary>
    public int? OwnDepartmentId => user.IsInRole(Roles.ChiefOfficer) ? user.DepartmentId : null;

    public bool CanAddCaseStudies => IsPerformanceTeam || OwnDepartmentId is not null;

    public bool CanEditCaseStudy(int departmentId) => IsPerformanceTeam || (OwnDepartmentId is { } own && own == departmentId);

    public bool CanEditAalborg => IsPerformanceTeam;

    // ---------------------------------------------------------------- Case studies

    /// <summary>Case studies, newest reporting period first, filtered by department and period.</summary>
    public async Task<List<CaseStudyRow>> CaseStudiesAsync(CaseStudyFilter filter, int? take = null, CancellationToken ct = default)
    {
        var query =
            from c in db.CaseStudies.AsNoTracking()
            join d in organisation.Departments on c.DepartmentId equals d.Id
            join p in organisation.ReportingPeriods on c.ReportingPeriodId equals p.Id
            select new { c, Department = d.Name, p.FinancialYear, p.Quarter };
        if (filter.DepartmentId is { } department)
        {
            query = query.Where(x => x.c.DepartmentId == department);
        }

        if (filter.ReportingPeriodId is { } period)
        {
            query = query.Where(x => x.c.ReportingPeriodId == period);
        }

        query = query.OrderByDescending(x => x.FinancialYear).ThenByDescending(x => x.Quarter).ThenByDescending(x => x.c.Id);
        if (take is { } n)
        {
            query = query.Take(n);
        }

        var rows = await query.Select(x => new { x.c.Id, x.c.Title, x.c.DepartmentId, x.Department, x.c.ReportingPeriodId, x.FinancialYear, x.Quarter, x.c.Outcome, x.c.IsDemo })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CaseStudyRow(r.Id, r.Title, r.DepartmentId, r.Department, r.ReportingPeriodId, PeriodName(r.FinancialYear, r.Quarter), r.Outcome) { IsDemo = r.IsDemo })];
    }

    public async Task<CaseStudyView> CaseStudyAsync(int id, CancellationToken ct = default)
    {
        var row = await (
            from c in db.CaseStudies.AsNoTracking()
            where c.Id == id
            join d in organisation.Departments on c.DepartmentId equals d.Id
            join p in organisation.ReportingPeriods on c.ReportingPeriodId equals p.Id
            select new { c, Department = d.Name, p.FinancialYear, p.Quarter }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("The case study");
        var study = row.c;
        return new CaseStudyView(study.Id, study.Title, study.DepartmentId, row.Department, study.ReportingPeriodId, PeriodName(row.FinancialYear, row.Quarter),
            study.Outcome, study.Narrative, study.CreatedBy, study.CreatedUtc, study.ModifiedBy, study.ModifiedUtc, study.Version);
    }

    /// <summary>The reporting periods a case study can belong to: those that have begun, latest first.</summary>
    public async Task<List<PeriodSummary>> PeriodsAsync(CancellationToken ct = default)
    {
        var today = Today;
        return await organisation.ReportingPeriods.Where(p => p.StartDate <= today)
            .OrderByDescending(p => p.FinancialYear).ThenByDescending(p => p.Quarter)
            .Select(p => new PeriodSummary(p.Id, p.FinancialYear, p.Quarter, p.StartDate, p.EndDate, p.Deadline, p.IsOpen, p.Version))
            .ToListAsync(ct);
    }

    /// <summary>Throws unless the person may add case studies (the Performance Team; a Chief Officer for their department).</summary>
    public void RequireCanAdd()
    {
        if (!CanAddCaseStudies)
        {
            throw new ForbiddenException("The Performance Team and each department's Chief Officer add case studies.");
        }
    }

    /// <summary>Throws unless the person may edit this case study.</summary>
    public async Task RequireCanEditAsync(int id, CancellationToken ct = default)
    {
        var department = await db.CaseStudies.AsNoTracking().Where(c => c.Id == id).Select(c => (int?)c.DepartmentId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("The case study");
        if (!CanEditCaseStudy(department))
        {
            throw new ForbiddenException("Only the Performance Team and the department's Chief Officer change its case studies.");
        }
    }

    public async Task<int> AddCaseStudyAsync(CaseStudyInput input, CancellationToken ct = default)
    {
        RequireCanAdd();
        await CheckAsync(input, ct);
        var study = new CaseStudy(input.Title, input.DepartmentId!.Value, input.ReportingPeriodId!.Value, input.Outcome, input.Narrative);
        db.CaseStudies.Add(study);
        await db.SaveChangesAsync(ct);
        return study.Id;
    }

    public async Task UpdateCaseStudyAsync(int id, CaseStudyInput input, CancellationToken ct = default)
    {
        var study = await db.CaseStudies.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("The case study");
        if (!CanEditCaseStudy(study.DepartmentId))
        {
            throw new ForbiddenException("Only the Performance Team and the department's Chief Officer change its case studies.");
        }

        await CheckAsync(input, ct);
        db.ExpectVersion(study, input.Version);
        study.Change(input.Title, input.DepartmentId!.Value, input.ReportingPeriodId!.Value, input.Outcome, input.Narrative);
        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await CaseStudyAsync(id, ct);
            return new ConcurrencyConflictException(
                $"Someone else ({theirs.ModifiedBy ?? theirs.CreatedBy}) changed this case study while you were editing it. Their version is shown; your changes are still in the form. Save again to replace theirs.", theirs.Version,
                new Dictionary<string, string?>
                {
                    ["Title"] = theirs.Title,
                    ["Department"] = theirs.Department,
                    ["Reporting period"] = theirs.Period,
                    ["Outcome"] = theirs.Outcome,
                    ["Narrative"] = theirs.Narrative,
                });
        }, ct);
    }

    /// <summary>The department and period must exist (and the period have begun); a Chief Officer writes only for their own department.</summary>
    private async Task CheckAsync(CaseStudyInput input, CancellationToken ct)
    {
        if (!IsPerformanceTeam && input.DepartmentId != OwnDepartmentId)
        {
            throw new ForbiddenException("A Chief Officer writes case studies for their own department only.");
        }

        if (!await organisation.Departments.AnyAsync(d => d.Id == input.DepartmentId, ct))
        {
            throw new DomainException("Choose a department from the list", nameof(CaseStudyInput.DepartmentId));
        }

        var today = Today;
        if (!await organisation.ReportingPeriods.AnyAsync(p => p.Id == input.ReportingPeriodId && p.StartDate <= today, ct))
        {
            throw new DomainException("Choose a reporting period from the list: one that has begun", nameof(CaseStudyInput.ReportingPeriodId));
        }
    }

    // ---------------------------------------------------------------- Aalborg

    /// <summary>The years that have Aalborg scores, latest first.</summary>
    public async Task<List<int>> AalborgYearsAsync(CancellationToken ct = default) =>
        await db.AalborgScores.AsNoTracking().Select(a => a.FinancialYear).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    /// <summary>A year's Aalborg scorecard (by default the latest year scored), with the previous year's scores beside it.</summary>
    public async Task<AalborgView> AalborgAsync(int? year, CancellationToken ct = default)
    {
        var years = await AalborgYearsAsync(ct);
        var chosen = year ?? (years.Count > 0 ? years[0] : null);
        if (chosen is not { } y)
        {
            return new AalborgView(null, years, Empty(), null, null);
        }

        var scores = await db.AalborgScores.AsNoTracking().Where(a => a.FinancialYear == y || a.FinancialYear == y - 1)
            .Select(a => new { a.FinancialYear, a.Commitment, a.Score, a.Note, a.IsDemo }).ToListAsync(ct);
        var now = scores.Where(s => s.FinancialYear == y).ToDictionary(s => s.Commitment);
        var before = scores.Where(s => s.FinancialYear == y - 1).ToDictionary(s => s.Commitment);
        var rows = AalborgScore.Commitments.Select((name, i) => new AalborgRow(i + 1, name,
            now.GetValueOrDefault(i + 1)?.Score, before.GetValueOrDefault(i + 1)?.Score, now.GetValueOrDefault(i + 1)?.Note)
        {
            IsDemo = now.GetValueOrDefault(i + 1)?.IsDemo == true || before.GetValueOrDefault(i + 1)?.IsDemo == true,
        }).ToList();
        return new AalborgView(y, years, rows, AalborgScore.Overall(now.Values.Select(s => s.Score).ToList()), AalborgScore.Overall(before.Values.Select(s => s.Score).ToList()));
    }

    /// <summary>The years the Performance Team can score: from HCC's signing in 2004/05 to this one, latest first.</summary>
    public IReadOnlyList<int> ScorableYears => [.. Enumerable.Range(OutcomeLimits.FirstAalborgYear, CurrentYear - OutcomeLimits.FirstAalborgYear + 1).Reverse()];

    /// <summary>The form for a year: what it holds now (empty for a year not yet scored), with each score's version.</summary>
    public async Task<AalborgYearForm> AalborgFormAsync(int year, CancellationToken ct = default)
    {
        RequireAalborgEditor();
        RequireScorable(year);
        var held = await db.AalborgScores.AsNoTracking().Where(a => a.FinancialYear == year).ToDictionaryAsync(a => a.Commitment, ct);
        return new AalborgYearForm(year, held.Count == 0, new AalborgInput
        {
            Scores = [.. AalborgScore.Commitments.Select((_, i) => held.GetValueOrDefault(i + 1) is { } s
                ? new AalborgScoreInput { Score = s.Score, Note = s.Note, Version = s.Version }
                : new AalborgScoreInput())],
        });
    }

    /// <summary>Saves a year's ten scores together, in one transaction: all of them or, if anything is wrong, none.</summary>
    public async Task SaveAalborgAsync(int year, AalborgInput input, CancellationToken ct = default)
    {
        RequireAalborgEditor();
        RequireScorable(year);
        if (input.Scores.Count != AalborgScore.Commitments.Count)
        {
            throw new DomainException($"Score all {AalborgScore.Commitments.Count} commitments");
        }

        var held = await db.AalborgScores.Where(a => a.FinancialYear == year).ToDictionaryAsync(a => a.Commitment, ct);
        for (var i = 0; i < input.Scores.Count; i++)
        {
            var item = input.Scores[i];
            var commitment = i + 1;
            var score = item.Score ?? throw new DomainException($"{commitment}. {AalborgScore.Commitments[i]}: enter a score from 0 to 4", $"Scores[{i}].Score");
            try
            {
                if (held.GetValueOrDefault(commitment) is { } existing)
                {
                    if (item.Version is null)
                    {
                        throw Conflict(year);
                    }

                    db.ExpectVersion(existing, item.Version.Value);
                    existing.Change(score, item.Note);
                }
                else
                {
                    db.AalborgScores.Add(new AalborgScore(commitment, year, score, item.Note));
                }
            }
            catch (DomainException error) when (error is not ConcurrencyConflictException)
            {
                // Nothing is saved: the context is thrown away with the request.
                throw new DomainException($"{commitment}. {AalborgScore.Commitments[i]}: {error.Message}", $"Scores[{i}].Score");
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else saved the scores first (a stale version), or scored the year for the first time while this form
            // was open (the unique index refused a second set).
            throw Conflict(year);
        }
    }

    private static ConcurrencyConflictException Conflict(int year) => new(
        $"Someone else saved the scores for {ReportingPeriod.FinancialYearName(year)} while you were editing them. Nothing of yours was saved: reload the page to see theirs, then make your changes again.",
        theirVersion: null);


    private void RequireAalborgEditor()
    {
        if (!CanEditAalborg)
        {
            throw new ForbiddenException("The Performance Team records the council's Aalborg scores.");
        }
    }

    private void RequireScorable(int year)
    {
        if (year < OutcomeLimits.FirstAalborgYear || year > CurrentYear)
        {
            throw new NotFoundException($"The Aalborg year {year.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static List<AalborgRow> Empty() => [.. AalborgScore.Commitments.Select((name, i) => new AalborgRow(i + 1, name, null, null, null))];

    private static string PeriodName(int financialYear, int quarter) => $"Quarter {quarter} {ReportingPeriod.FinancialYearName(financialYear)}";
}
