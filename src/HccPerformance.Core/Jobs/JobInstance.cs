namespace HccPerformance.Core.Jobs;

/// <summary>This instance's name in the leases: unique per process, so a restarted instance never mistakes an old lease for its own.</summary>
public sealed record JobInstance(string Id)
{
    public static JobInstance From(JobOptions options)
    {
        var id = string.IsNullOrWhiteSpace(options.InstanceId)
            ? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}"
            : options.InstanceId.Trim();
        return new JobInstance(id.Length <= JobLimits.HolderId ? id : id[^JobLimits.HolderId..]);
    }
}
