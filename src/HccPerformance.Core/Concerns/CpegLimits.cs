namespace HccPerformance.Core.Concerns;

/// <summary>The lengths the database keeps for the menu and CPEG's meetings (see ConcernConfiguration).</summary>
public static class CpegLimits
{
    public const int MenuName = 100;
    public const int MenuDescription = 500;
    public const int RetiredReason = 500;
    public const int MeetingNotes = 4000;
    public const int DecisionSummary = 2000;
    public const int RatificationNote = 1000;
}
