namespace HccPerformance.Core.Data.Seeding;

/// <summary>Demo data for the dashboard's registers (issue 6). Being written.</summary>
public sealed class DemoOutcomes
{
    public Task SeedAsync(CancellationToken ct = default) => Task.CompletedTask;
}
