using HccPerformance.Core.Auditing;
using HccPerformance.Core.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Models.Admin;

public sealed class DepartmentListViewModel
{
    public required IReadOnlyList<DepartmentSummary> Departments { get; init; }
    public bool CanEdit { get; init; }
}

public sealed class DepartmentFormViewModel
{
    public int? Id { get; set; }
    public DepartmentInput Input { get; set; } = new();
}

public sealed class PeriodListViewModel
{
    public required IReadOnlyList<IGrouping<int, PeriodSummary>> Years { get; init; }
    public FinancialYearInput Input { get; set; } = new();
    public DateOnly Today { get; init; }
}

public sealed class PeriodFormViewModel
{
    public int Id { get; set; }
    public PeriodSummary? Period { get; set; }
    public DeadlineInput Input { get; set; } = new();
}

public sealed class UserListViewModel
{
    public required IReadOnlyList<UserSummary> Users { get; init; }
    public string? Search { get; init; }
}

public sealed class NewUserViewModel
{
    public NewUserInput Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> Departments { get; set; } = [];
}

public sealed class EditUserViewModel
{
    public string Id { get; set; } = "";
    public UserDetails? User { get; set; }
    public EditUserInput Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> Departments { get; set; } = [];
    public bool IsSelf { get; set; }
}

public sealed class ForceResetViewModel
{
    public string Id { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public ForcePasswordResetInput Input { get; set; } = new();
}

public sealed class AuditViewModel
{
    public required AuditPage Page { get; init; }
    public required AuditQuery Query { get; init; }
}

public sealed record PersonFields(int? DepartmentId, IReadOnlyList<string> Roles, IReadOnlyList<SelectListItem> Departments);

/// <summary>The council sign-in mapping: its rows, the form to add one, and the latest refused attempts.</summary>
public sealed class GroupMappingsViewModel
{
    public NewGroupMappingInput Input { get; set; } = new();
    public IReadOnlyList<GroupMappingRow> Rows { get; set; } = [];
    public IReadOnlyList<SelectListItem> Departments { get; set; } = [];
    public IReadOnlyList<CouncilSignInRefusalRow> Refusals { get; set; } = [];
    public bool CouncilSignInConfigured { get; set; }
    public string GroupsClaim { get; set; } = "groups";
}
