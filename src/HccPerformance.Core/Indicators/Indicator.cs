using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// A performance indicator (seed 4.22-4.26): a national indicator from the National Indicator Set or a local measure,
/// with a polarity, unit and frequency, and a responsible Service Manager for its performance and data quality (4.23).
/// </summary>
public class Indicator : AuditableEntity, IDemoRecord, IDemoDetails
{
    /// <summary>Who answers for it (department, responsible officer) was invented by the Development seed (issue 17).</summary>
    [DemoDetailsMark("indicator responsibilities", nameof(DepartmentId), nameof(ServiceManagerId))]
    public bool ResponsibilityIsDemo { get; private set; }

    bool IDemoDetails.DetailsAreDemo => ResponsibilityIsDemo;

    void IDemoDetails.MarkDetailsAsDemo() => ResponsibilityIsDemo = true;

    void IDemoDetails.ClearDetailsDemoMark() => ResponsibilityIsDemo = false;

    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    /// <summary>Indicator ids in their codes' natural order (NI 2 before NI 10): every list of indicators is in it.</summary>
    public static IEnumerable<int> NaturalOrder(IEnumerable<(string Code, int Id)> codes) =>
        codes.OrderBy(c => NaturalKey(c.Code), StringComparer.Ordinal).Select(c => c.Id);

    /// <summary>A key that sorts codes as people count them: NI 2 before NI 10.</summary>
    public static string NaturalKey(string code) =>
        System.Text.RegularExpressions.Regex.Replace(code, @"\d+", m => m.Value.PadLeft(8, '0'));

    private readonly List<IndicatorTarget> targets = [];

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
    /// <summary>
    /// Where a reference record comes from (issue 17): the seeded national indicators name the public list; indicators the
    /// council adds itself have none. Shown on the indicator's page.
    /// </summary>
    public string? ReferenceSource { get; private set; }

    /// <summary>Where the polarity comes from when another reference gives it (NI 117: reference document 5.8); null otherwise.</summary>
    public string? PolaritySource { get; private set; }

    public int? DepartmentId { get; private set; }
    public string? ServiceManagerId { get; private set; }
    public string? DefinitionNotes { get; private set; }

    /// <summary>How far off target is still amber, as a percentage of the target; null takes the scorecard's default.</summary>
    public decimal? AmberTolerancePercent { get; private set; }

    /// <summary>One target per financial year; for an LAA indicator the stretch target agreed with government.</summary>
    public IReadOnlyList<IndicatorTarget> Targets => targets;

    public IndicatorTarget? TargetFor(int financialYear) => targets.FirstOrDefault(t => t.FinancialYear == financialYear);

    /// <summary>Sets (or with no value, removes) the target for a financial year.</summary>
    public void SetTarget(int financialYear, decimal? value, bool isStretch)
    {
        var existing = TargetFor(financialYear);
        if (value is not { } v)
        {
            if (existing is not null)
            {
                targets.Remove(existing);
            }

            return;
        }

        if (existing is null)
        {
            targets.Add(new IndicatorTarget(financialYear, v, isStretch));
        }
        else
        {
            existing.Change(v, isStretch);
        }
    }

    /// <summary>Changes what the indicator is; the Performance Team does this, by hand or from a definitions file.</summary>
    public void Redefine(string title, Polarity? polarity, Frequency frequency, IndicatorSource? source)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("Enter the indicator's title", nameof(Title));
        }

        Title = title.Trim();
        // A polarity the Performance Team changes is theirs, no longer the reference's.
        PolaritySource = polarity == Polarity ? PolaritySource : null;
        Polarity = polarity;
        Frequency = frequency;
        Source = source;
    }

    /// <summary>Names where the record and its polarity come from (the reference seed; see <see cref="ReferenceSource"/>).</summary>
    public void Cite(string? referenceSource, string? polaritySource)
    {
        ReferenceSource = string.IsNullOrWhiteSpace(referenceSource) ? null : referenceSource.Trim();
        PolaritySource = string.IsNullOrWhiteSpace(polaritySource) ? null : polaritySource.Trim();
    }

    /// <summary>
    /// Gives a seeded indicator the polarity a reference states (NI 117 from 5.8) when it has none yet, so a database seeded
    /// before the reference was read gets it too; a polarity the Performance Team has set is left alone.
    /// </summary>
    public void TakePolarityFromReference(Polarity polarity, string source)
    {
        if (Polarity is null)
        {
            Polarity = polarity;
            PolaritySource = source;
        }
    }

    /// <summary>Says who submits the figures (seed 4.24), leaving the rest of the definition as it is: the sources import does this.</summary>
    public void MarkSource(IndicatorSource source) => Source = source;

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
