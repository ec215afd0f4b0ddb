namespace HccPerformance.Core.Risks;

public enum EmergingRiskStatus
{
    Open = 1,
    /// <summary>Added to the corporate risk register.</summary>
    Escalated = 2,
    Closed = 3,
}
