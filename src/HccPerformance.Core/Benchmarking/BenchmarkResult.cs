using HccPerformance.Core.Common;

namespace HccPerformance.Core.Benchmarking;

/// <summary>
/// A comparator council's result for an indicator in a financial year (a county benchmarking club's figures), entered or
/// imported by the Performance Team, against which the council's own result is placed in a quartile.
/// </summary>
public class BenchmarkResult : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private BenchmarkResult() { }

    public BenchmarkResult(int indicatorId, int financialYear, string comparator, decimal value)
    {
        IndicatorId = indicatorId;
        FinancialYear = financialYear;
        Comparator = string.IsNullOrWhiteSpace(comparator) ? throw new DomainException("Name the comparator council", nameof(Comparator)) : comparator.Trim();
        Value = value;
    }

    public int IndicatorId { get; private set; }
    public int FinancialYear { get; private set; }
    public string Comparator { get; private set; } = "";
    public decimal Value { get; private set; }

    public void Change(decimal value) => Value = value;
}
