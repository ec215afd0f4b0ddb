namespace HccPerformance.Core.Concerns;

/// <summary>The lengths the database keeps for concerns, interventions, report-backs and escalations (see ConcernConfiguration).</summary>
public static class ConcernLimits
{
    public const int Title = 300;
    public const int Evidence = 4000;
    public const int Reason = 2000;
    public const int Outcome = 2000;
    public const int Progress = 4000;
    public const int ReviewNote = 2000;
    public const int Response = 2000;
}
