namespace HccPerformance.Core.Jobs;

/// <summary>Column lengths shared by the EF configuration and the code that writes them.</summary>
public static class JobLimits
{
    public const int Name = 100;
    public const int HolderId = 200;
    public const int Failure = 1000;
    public const int ReminderKind = 50;
    public const int ReminderSubject = 100;
    public const int ReminderOccasion = 50;
}
