namespace HccPerformance.Core.Outcomes;

/// <summary>As long as the database holds (RegisterConfiguration).</summary>
public static class OutcomeLimits
{
    public const int Title = 300;
    public const int Outcome = 500;
    public const int Narrative = 4000;
    public const int Note = 1000;

    /// <summary>HCC signed the Aalborg Commitments in June 2004: no year before 2004/05 has a score.</summary>
    public const int FirstAalborgYear = 2004;
}
