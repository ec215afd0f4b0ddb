using HccPerformance.Core.Inspections;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Models.Inspections;

public sealed class ProgrammeViewModel
{
    public required IReadOnlyList<ExpectedInspectionRow> Expected { get; init; }
    public bool CanMaintain { get; init; }
}

/// <summary>Adding an inspection to the forward programme, or changing one (with removing it below the form).</summary>
public sealed class ExpectedInspectionFormViewModel
{
    public int? Id { get; set; }
    public ExpectedInspectionInput Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> Departments { get; set; } = [];
}
