namespace HccPerformance.Core.Organisation;

public sealed record PeriodSummary(int Id, int FinancialYear, int Quarter, DateOnly StartDate, DateOnly EndDate,
    DateOnly Deadline, bool IsOpen, Guid Version)
{
    public string Name => $"Quarter {Quarter} {ReportingPeriod.FinancialYearName(FinancialYear)}";
    public string FinancialYearLabel => ReportingPeriod.FinancialYearName(FinancialYear);
}
