namespace HccPerformance.Core.Scrutiny;

/// <summary>Whom in the Executive a Select Committee's recommendation is made to.</summary>
public enum ScrutinyAddressee
{
    Leader = 1,
    Cabinet = 2,

    /// <summary>The Executive Member for one department (the recommendation names the department).</summary>
    ExecutiveMember = 3,
}
