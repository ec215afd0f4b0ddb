using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Benchmarking;

/// <summary>What the rest of Core reads of the benchmarking club's figures (convention 15); quartiles are <see cref="Quartiles"/>'.</summary>
public sealed class BenchmarkReads(AppDbContext db)
{
    public IQueryable<BenchmarkResult> Results => db.BenchmarkResults.AsNoTracking();
}
