namespace HccPerformance.Core.ImprovementPlan;

/// <summary>What a priority area emerged from (seed 5.1-5.2: the dashboard, benchmarking, inspection, concerns, local importance).</summary>
public enum AreaOriginKind
{
    /// <summary>An indicator red on the Corporate Dashboard.</summary>
    Indicator = 1,

    /// <summary>A benchmarking outlier: an indicator in the bottom quartile of its comparators (the source id is the indicator's).</summary>
    Benchmark = 2,

    /// <summary>A recommendation of an inspection.</summary>
    Recommendation = 3,

    /// <summary>An area of concern CPEG took on.</summary>
    Concern = 4,

    /// <summary>Nothing in a register: the council's own reason, kept with the area.</summary>
    LocalImportance = 5,
}
