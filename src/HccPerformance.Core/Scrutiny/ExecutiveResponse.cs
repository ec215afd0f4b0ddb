namespace HccPerformance.Core.Scrutiny;

/// <summary>The Executive's answer to a Select Committee's recommendation.</summary>
public enum ExecutiveResponse
{
    Accepted = 1,
    PartlyAccepted = 2,
    Rejected = 3,
}
