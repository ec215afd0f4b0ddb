using HccPerformance.Core.Inspections;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Models.Inspections;

public sealed class InspectionListViewModel
{
    public required InspectionList List { get; init; }
    public required IReadOnlyList<SelectListItem> Departments { get; init; }

    /// <summary>The department the list is filtered to, by name, when one is chosen.</summary>
    public string? DepartmentName { get; init; }

    /// <summary>Said when the address asked for a department there is not (the list then shows every department).</summary>
    public string? FilterProblem { get; init; }
    public bool CanMaintain { get; init; }
    public bool Filtered => List.Filter != new InspectionFilter();

    /// <summary>The next inspections expected and the latest intelligence, with links to their pages (issue 18).</summary>
    public IReadOnlyList<ExpectedInspectionRow> Programme { get; init; } = [];
    public IReadOnlyList<IntelligenceRow> LatestIntelligence { get; init; } = [];
}

public sealed class InspectionPageViewModel
{
    public required InspectionView Inspection { get; set; }
    public required IReadOnlyList<SelectListItem> Departments { get; set; }
    public bool CanMaintain { get; init; }
    public RecommendationInput Recommendation { get; set; } = new();
}

public sealed class InspectionFormViewModel
{
    /// <summary>The inspection being changed; null when adding one.</summary>
    public int? Id { get; set; }
    public InspectionInput Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> Departments { get; set; } = [];
}

public sealed class RecommendationPageViewModel
{
    public required RecommendationView View { get; set; }
    public bool CanUpdate { get; init; }
    public bool CanReschedule { get; init; }
    public RecommendationProgressInput Progress { get; set; } = new();
    public RescheduleInput Reschedule { get; set; } = new();
}

/// <summary>How the register's words and states look: status as text and colour, never colour alone.</summary>
public static class InspectionDisplay
{
    public static string Name(RecommendationStatus status) => InspectionRegister.StatusName(status);

    public static string Tag(RecommendationStatus status) => status switch
    {
        RecommendationStatus.Complete => "tag-green",
        RecommendationStatus.InProgress => "tag-blue",
        _ => "tag-grey",
    };

    public static string Progress(RecommendationFigures f) =>
        f.Total == 0 ? "No recommendations yet" : $"{f.Complete} of {f.Total} complete";

    public static string Percent(RecommendationFigures f) => f.PercentComplete is { } p ? $"{p}%" : "None";

    public static string Days(int days) => days == 1 ? "1 day" : $"{days:N0} days";

    /// <summary>A month as the programme gives it: "Mar 2010".</summary>
    public static string Month(DateOnly month) => month.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
