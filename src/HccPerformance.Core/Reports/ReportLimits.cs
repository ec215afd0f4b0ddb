namespace HccPerformance.Core.Reports;

/// <summary>Lengths shared by the database configuration and the forms of the collation.</summary>
public static class ReportLimits
{
    public const int Annotation = 2000;
    public const int OverviewText = 8000;
    public const int ThemeTitle = 200;
    public const int ThemeText = 2000;
    public const int Challenge = 2000;
    public const int DecisionKey = 200;
}
