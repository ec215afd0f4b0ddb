namespace HccPerformance.Core.Ambition;

/// <summary>What an ambition is set for. Stored by number, so numbers never change.</summary>
public enum AmbitionSubject
{
    Indicator = 1,
    PlanArea = 2,
}
