namespace HccPerformance.Core.Scrutiny;

/// <summary>The words for a review's states, addressees and responses: pages and tests use these and no others.</summary>
public static class ScrutinyWords
{
    public static string Status(ScrutinyStatus status) => status switch
    {
        ScrutinyStatus.Scoping => "Scoping",
        ScrutinyStatus.GatheringEvidence => "Gathering evidence",
        ScrutinyStatus.Reported => "Reported",
        ScrutinyStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Response(ExecutiveResponse response) => response switch
    {
        ExecutiveResponse.Accepted => "Accepted",
        ExecutiveResponse.PartlyAccepted => "Partly accepted",
        ExecutiveResponse.Rejected => "Rejected",
        _ => response.ToString(),
    };

    /// <summary>Whom a recommendation is made to, as a sentence names them ("to the Leader").</summary>
    public static string Addressee(ScrutinyAddressee to, string? department) => to switch
    {
        ScrutinyAddressee.Leader => "the Leader",
        ScrutinyAddressee.Cabinet => "Cabinet",
        ScrutinyAddressee.ExecutiveMember => department is null ? "an Executive Member" : $"the Executive Member for {department}",
        _ => to.ToString(),
    };
}
