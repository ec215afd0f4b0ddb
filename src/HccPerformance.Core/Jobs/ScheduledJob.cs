namespace HccPerformance.Core.Jobs;

/// <summary>A job the runner knows: its lease's name, the scoped service that does it, and how often it is due.</summary>
public sealed record ScheduledJob(string Name, Type Type, TimeSpan Every);
