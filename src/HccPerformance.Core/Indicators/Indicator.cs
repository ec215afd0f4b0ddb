using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

public enum Polarity
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}

public enum Frequency
{
    Monthly = 1,
    Quarterly = 3,
    Annual = 12,
}

/// <summary>Who puts the figures in: the council itself (seed 4.24: 16 national indicators) or the national Data Hub.</summary>
public enum IndicatorSource
{
    Council = 1,
    DataHub = 2,
}

public enum DataQuality
{
    Confirmed = 1,
    Estimated = 2,
    InDoubt = 3,
}

/// <summary>
/// A performance indicator (seed 4.22-4.26): a national indicator from the National Indicator Set or a local measure,
/// with a polarity, unit and frequency, and a responsible Service Manager for its performance and data quality (4.23).
/// </summary>
public class Indicator : AuditableEntity
{
    private Indicator() { }

    public Indicator(string code, string title, Polarity? polarity, Frequency frequency, IndicatorSource? source, bool isNational)
    {
        Code = code.Trim();
        Title = title.Trim();
        Polarity = polarity;
        Frequency = frequency;
        Source = source;
        IsNational = isNational;
    }

    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? Theme { get; private set; }
    public string? Unit { get; private set; }

    /// <summary>Unknown until a source states it: an indicator without one can show results but never a RAG.</summary>
    public Polarity? Polarity { get; private set; }
    public Frequency Frequency { get; private set; }
    /// <summary>Unknown until the Performance Team says: the public sources do not name the council's own 16.</summary>
    public IndicatorSource? Source { get; private set; }
    public bool IsNational { get; private set; }
    public int? DepartmentId { get; private set; }
    public string? ServiceManagerId { get; private set; }
    public string? DefinitionNotes { get; private set; }

    /// <summary>How far off target is still amber, as a percentage of the target; null takes the scorecard's default.</summary>
    public decimal? AmberTolerancePercent { get; private set; }

    public void Describe(string? theme, string? unit, string? definitionNotes)
    {
        Theme = string.IsNullOrWhiteSpace(theme) ? null : theme.Trim();
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        DefinitionNotes = string.IsNullOrWhiteSpace(definitionNotes) ? null : definitionNotes.Trim();
    }

    public void AssignResponsibility(int? departmentId, string? serviceManagerId)
    {
        DepartmentId = departmentId;
        ServiceManagerId = serviceManagerId;
    }

    public void SetTolerance(decimal? percent)
    {
        if (percent is < 0 or > 100)
        {
            throw new DomainException("The amber tolerance is a percentage of the target, from 0 to 100", nameof(AmberTolerancePercent));
        }

        AmberTolerancePercent = percent;
    }
}
