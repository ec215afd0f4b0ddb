using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Outcomes;

/// <summary>What the rest of Core reads of case studies and the Aalborg scores (convention 15); the overall is <see cref="AalborgScore.Overall"/>.</summary>
public sealed class OutcomeReads(AppDbContext db)
{
    public IQueryable<CaseStudy> CaseStudies => db.CaseStudies.AsNoTracking();

    public IQueryable<AalborgScore> AalborgScores => db.AalborgScores.AsNoTracking();
}
