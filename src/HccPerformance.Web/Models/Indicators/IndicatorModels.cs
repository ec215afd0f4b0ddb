using HccPerformance.Core.Indicators;
using HccPerformance.Core.Indicators.Import;
using HccPerformance.Core.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Models.Indicators;

public sealed class ScorecardListViewModel
{
    public required IReadOnlyList<ScorecardSummary> Scorecards { get; init; }
    public bool CanMaintain { get; init; }
}

public sealed class ScorecardPageViewModel
{
    public required ScorecardView Scorecard { get; init; }
    public required IReadOnlyList<PeriodSummary> Periods { get; init; }
    public required string Sort { get; init; }
    public required bool CanMaintain { get; init; }
    public required DateOnly Today { get; init; }
    public MemberInput Member { get; set; } = new();
    public ScorecardSettingsInput Settings { get; set; } = new();

    public IEnumerable<ScorecardRow> SortedRows => Sort switch
    {
        "code" => Scorecard.Rows.OrderBy(r => Indicator.NaturalKey(r.Code), StringComparer.Ordinal),
        "title" => Scorecard.Rows.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase),
        "department" => Scorecard.Rows.OrderBy(r => r.Department ?? "~", StringComparer.OrdinalIgnoreCase),
        "weight" => Scorecard.Rows.OrderByDescending(r => r.Weight),
        "travel" => Scorecard.Rows.OrderBy(r => r.Line.SincePrevious switch { Direction.Worsened => 0, Direction.NoChange => 1, Direction.Improved => 2, _ => 3 }),
        _ => Scorecard.Rows,
    };
}

public sealed class IndicatorListViewModel
{
    public required IReadOnlyList<IndicatorListRow> Indicators { get; init; }
    public string? Search { get; init; }
    public int? DepartmentId { get; init; }
    public bool Mine { get; init; }
    public required IReadOnlyList<SelectListItem> Departments { get; init; }
    public required bool CanMaintain { get; init; }
    public required bool IsServiceManager { get; init; }
}

public sealed class IndicatorPageViewModel
{
    public required IndicatorView Indicator { get; init; }
    public required IndicatorPermissions Can { get; init; }
    public required IReadOnlyList<ResultPeriod> OpenPeriods { get; init; }
    public ResultInput Result { get; set; } = new();

    /// <summary>The result being corrected, when the form is for a correction.</summary>
    public ResultRow? Correcting { get; set; }
    public TargetInput Target { get; set; } = new();
    public required IReadOnlyList<int> TargetYears { get; init; }
}

public sealed class DefinitionPageViewModel
{
    public int? Id { get; init; }
    public DefinitionInput Input { get; set; } = new();
    public required IReadOnlyList<SelectListItem> Departments { get; init; }
    public required IReadOnlyList<SelectListItem> ServiceManagers { get; init; }
}

public sealed class ImportPageViewModel
{
    public required bool Definitions { get; init; }
    public ImportOutcome? Outcome { get; set; }
    public string? FileName { get; set; }
}
