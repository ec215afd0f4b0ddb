using HccPerformance.Core.Organisation;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// The Local Area Agreement (seed 4.22): the LAA scorecard holds its designated indicators, and only its years can carry a
/// stretch target. The agreement of the framework ran for three financial years, 2008/09 to 2010/11.
/// </summary>
public static class LocalAreaAgreement
{
    /// <summary>The name of the scorecard that holds the LAA designations (seeded with the scorecards of seed 4.14).</summary>
    public const string ScorecardName = "LAA";

    public const int FirstYear = 2008;
    public const int LastYear = 2010;

    public static bool Covers(int financialYear) => financialYear is >= FirstYear and <= LastYear;

    /// <summary>"2008/09 to 2010/11", for messages.</summary>
    public static string Years => $"{ReportingPeriod.FinancialYearName(FirstYear)} to {ReportingPeriod.FinancialYearName(LastYear)}";
}
