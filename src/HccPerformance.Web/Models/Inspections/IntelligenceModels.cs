using HccPerformance.Core.Inspections;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Models.Inspections;

public sealed class IntelligenceListViewModel
{
    public required IReadOnlyList<IntelligenceRow> Records { get; init; }
    public required IReadOnlyList<SelectListItem> Departments { get; init; }
    public int? DepartmentId { get; init; }
    public bool CanMaintain { get; init; }
}

public sealed class IntelligenceFormViewModel
{
    public int? Id { get; set; }
    public IntelligenceInput Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> Departments { get; set; } = [];
}
