using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>An indicator's target for one financial year (April to March).</summary>
public class IndicatorTarget : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

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
        // The target is now the one someone set, not the demo's (issue 17).
        IsDemo = false;
    }
}
