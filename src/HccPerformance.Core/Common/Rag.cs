namespace HccPerformance.Core.Common;

/// <summary>Red, Amber, Green, or no data yet: the one status used everywhere, always shown as text as well as colour.</summary>
public enum Rag
{
    NoData = 0,
    Green = 1,
    Amber = 2,
    Red = 3,
}
