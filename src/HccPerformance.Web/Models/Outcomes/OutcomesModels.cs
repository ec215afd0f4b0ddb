using System.Globalization;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Outcomes;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Models.Outcomes;

public sealed class CaseStudyListViewModel
{
    public required IReadOnlyList<CaseStudyRow> Rows { get; init; }
    public required CaseStudyFilter Filter { get; init; }
    public required IReadOnlyList<SelectListItem> Departments { get; init; }
    public required IReadOnlyList<PeriodSummary> Periods { get; init; }
    public required bool CanAdd { get; init; }

    /// <summary>A department or period in the address that the register does not know.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
    public bool Filtered => Filter != new CaseStudyFilter();
}

public sealed class CaseStudyPageViewModel
{
    public required CaseStudyView CaseStudy { get; init; }
    public required bool CanEdit { get; init; }
}

public sealed class CaseStudyFormViewModel
{
    public int? Id { get; set; }
    public CaseStudyInput Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> Departments { get; set; } = [];
    public IReadOnlyList<PeriodSummary> Periods { get; set; } = [];
}

public sealed class AalborgPageViewModel
{
    public required AalborgView Aalborg { get; init; }
    public string? Problem { get; init; }
    public required bool CanEdit { get; init; }
    public required bool IsDemo { get; init; }
    public required IReadOnlyList<int> ScorableYears { get; init; }
}

public sealed class AalborgFormViewModel
{
    public required int Year { get; init; }
    public required bool IsNew { get; init; }
    public required bool IsDemo { get; init; }
    public AalborgInput Input { get; set; } = new();
}

public static class OutcomesDisplay
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Score(decimal? score) => score is { } s ? s.ToString("0.00", EnGb) : "Not scored";

    /// <summary>"Up 0.16", "Down 0.05", "No change", or "None" without a previous year to compare with.</summary>
    public static string Change(decimal? change) => change switch
    {
        null => "None",
        > 0 and decimal up => $"Up {up.ToString("0.00", EnGb)}",
        < 0 and decimal down => $"Down {(-down).ToString("0.00", EnGb)}",
        _ => "No change",
    };

    /// <summary>The width of a score's bar, as a share of a 160-unit track (SVG attributes, not inline style).</summary>
    public static string BarWidth(decimal? score) => ((score ?? 0) / 4m * 160m).ToString("0.#", CultureInfo.InvariantCulture);
}
