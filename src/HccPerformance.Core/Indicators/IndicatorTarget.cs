namespace HccPerformance.Core.Indicators;

/// <summary>An indicator's target for one financial year (April to March).</summary>
public class IndicatorTarget
{
    private IndicatorTarget() { }

    internal IndicatorTarget(int financialYear, decimal value, bool isStretch)
    {
        FinancialYear = financialYear;
        Value = value;
        IsStretch = isStretch;
    }

    public int IndicatorId { get; private set; }
    public int FinancialYear { get; private set; }
    public decimal Value { get; private set; }

    /// <summary>An LAA stretch target (seed 4.22): harder than the council would set itself, with reward grant attached.</summary>
    public bool IsStretch { get; private set; }

    internal void Change(decimal value, bool isStretch)
    {
        Value = value;
        IsStretch = isStretch;
    }
}
