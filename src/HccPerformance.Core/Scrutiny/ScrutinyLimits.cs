namespace HccPerformance.Core.Scrutiny;

/// <summary>Lengths of a scrutiny review's text, shared by the EF configuration and the validators.</summary>
public static class ScrutinyLimits
{
    public const int Committee = 200;
    public const int Topic = 300;
    public const int Scope = 4000;
    public const int Findings = 8000;
    public const int ReportSection = 200;
    public const int EvidenceWhat = 2000;
    public const int EvidenceFrom = 300;
    public const int Recommendation = 2000;
    public const int Response = 4000;
    public const int Progress = 2000;
    public const int Person = 256;
}
