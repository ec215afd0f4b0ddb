namespace HccPerformance.Core.Concerns;

public enum ConcernStatus
{
    /// <summary>Raised; CPEG has not yet said whether it matters locally (4.15).</summary>
    Raised = 1,
    /// <summary>Important locally: interventions can be assigned and followed.</summary>
    Active = 2,
    /// <summary>Closed because CPEG judged it not important locally, with the reason; it stays visible.</summary>
    NotImportantLocally = 3,
    /// <summary>Closed with an outcome.</summary>
    Closed = 4,
}
