namespace HccPerformance.Core.Benchmarking;

public static class BenchmarkLimits
{
    /// <summary>As long as the database holds (RegisterConfiguration).</summary>
    public const int Comparator = 200;

    /// <summary>Far beyond any indicator's figure, and well inside the column's precision (18, 4).</summary>
    public const decimal LargestValue = 1_000_000_000m;

    /// <summary>Figures are kept to four decimal places, as the column holds them, so a re-import compares like with like.</summary>
    public const int Decimals = 4;

    /// <summary>The name the council's own row has among the comparators'; no comparator may take it.</summary>
    public const string ThisCouncil = "This council";
}
