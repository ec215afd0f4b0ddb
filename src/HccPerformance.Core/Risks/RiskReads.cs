using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Risks;

/// <summary>What the rest of Core reads of the corporate risk register and the emerging risk issues (convention 15).</summary>
public sealed class RiskReads(AppDbContext db)
{
    public IQueryable<Risk> Risks => db.Risks.AsNoTracking();

    public IQueryable<Risk> OpenRisks => db.Risks.AsNoTracking().Where(r => r.ClosedOn == null);

    public IQueryable<EmergingRisk> EmergingRisks => db.EmergingRisks.AsNoTracking();
}
