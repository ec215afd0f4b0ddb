namespace HccPerformance.Core.Benchmarking;

public enum Quartile
{
    Top = 1,
    Second = 2,
    Third = 3,
    Bottom = 4,
}
