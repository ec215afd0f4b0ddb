using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Organisation;

public sealed record NewGroupMappingInput
{
    public string GroupValue { get; set; } = "";
    public string Role { get; set; } = "";
    public int? DepartmentId { get; set; }
}

public sealed class NewGroupMappingInputValidator : AbstractValidator<NewGroupMappingInput>
{
    public NewGroupMappingInputValidator()
    {
        RuleFor(x => x.GroupValue).NotEmpty().WithMessage("Enter the group or app role value the identity provider sends")
            .MaximumLength(GroupMapping.GroupValueMaximum).WithMessage($"The value must be {GroupMapping.GroupValueMaximum} characters or fewer");
        RuleFor(x => x.Role).NotEmpty().WithMessage("Choose the role this group gives")
            .Must(r => Roles.All.Contains(r)).WithMessage("Choose a role from the list");
        RuleFor(x => x.DepartmentId).NotNull()
            .When(x => Roles.NeedingDepartment.Contains(x.Role))
            .WithMessage("Choose a department: Chief Officers, Executive Members and Service Managers belong to one");
    }
}
