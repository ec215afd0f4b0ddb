using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Organisation;

public sealed record NewUserInput
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public int? DepartmentId { get; set; }
    public List<string> Roles { get; set; } = [];
    public string TemporaryPassword { get; set; } = "";
}

public sealed record EditUserInput : IVersionedInput
{
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public int? DepartmentId { get; set; }
    public List<string> Roles { get; set; } = [];

    /// <summary>An Executive Member's further departments (<see cref="PortfolioDepartment"/>), beyond their own.</summary>
    public List<int> PortfolioDepartmentIds { get; set; } = [];
    public string ConcurrencyStamp { get; set; } = "";

    /// <summary>Identity's stamp is the account's version token.</summary>
    Guid IVersionedInput.Version
    {
        get => Guid.TryParse(ConcurrencyStamp, out var stamp) ? stamp : Guid.Empty;
        set => ConcurrencyStamp = value.ToString();
    }

    string IVersionedInput.VersionField => nameof(ConcurrencyStamp);
}

public sealed record ForcePasswordResetInput
{
    public string TemporaryPassword { get; set; } = "";
}

internal static class UserRules
{
    public static void Person<T>(AbstractValidator<T> v, Func<T, string> displayName, Func<T, string> email,
        Func<T, List<string>> roles, Func<T, int?> departmentId)
    {
        v.RuleFor(x => displayName(x)).NotEmpty().WithMessage("Enter the person's name or role title")
            .MaximumLength(Limits.PersonName).WithMessage($"The name must be {Limits.PersonName} characters or fewer")
            .OverridePropertyName("DisplayName");
        v.RuleFor(x => email(x)).NotEmpty().WithMessage("Enter an email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.gov.uk")
            .MaximumLength(Limits.Email).WithMessage($"The email address must be {Limits.Email} characters or fewer")
            .OverridePropertyName("Email");
        v.RuleFor(x => roles(x)).NotEmpty().WithMessage("Choose at least one role")
            .Must(r => r.All(Roles.All.Contains)).WithMessage("Choose roles from the list")
            .OverridePropertyName("Roles");
        v.RuleFor(x => departmentId(x)).NotNull()
            .When(x => roles(x).Any(Roles.NeedingDepartment.Contains))
            .WithMessage("Choose a department: Chief Officers, Executive Members and Service Managers belong to one")
            .OverridePropertyName("DepartmentId");
    }

    public static void Password<T>(AbstractValidator<T> v, Func<T, string> password) =>
        v.RuleFor(x => password(x)).NotEmpty().WithMessage("Enter a temporary password")
            .MinimumLength(Limits.PasswordMinimum).WithMessage($"The password must be at least {Limits.PasswordMinimum} characters")
            .MaximumLength(Limits.PasswordMaximum).WithMessage($"The password must be {Limits.PasswordMaximum} characters or fewer")
            .OverridePropertyName("TemporaryPassword");
}

public sealed class NewUserInputValidator : AbstractValidator<NewUserInput>
{
    public NewUserInputValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage("Enter a user name, like chief.officer.as")
            .MaximumLength(Limits.UserName).WithMessage($"The user name must be {Limits.UserName} characters or fewer")
            .Matches("^[a-z0-9._-]*$").WithMessage("The user name can only contain lower-case letters, numbers, full stops, hyphens and underscores");
        UserRules.Person(this, x => x.DisplayName, x => x.Email, x => x.Roles, x => x.DepartmentId);
        UserRules.Password(this, x => x.TemporaryPassword);
    }
}

public sealed class EditUserInputValidator : AbstractValidator<EditUserInput>
{
    public EditUserInputValidator()
    {
        UserRules.Person(this, x => x.DisplayName, x => x.Email, x => x.Roles, x => x.DepartmentId);
        RuleFor(x => x.PortfolioDepartmentIds).Empty().When(x => !x.Roles.Contains(Common.Roles.ExecutiveMember))
            .WithMessage("Only an Executive Member's portfolio takes further departments: clear them, or give the Executive Member role");
    }
}

public sealed class ForcePasswordResetInputValidator : AbstractValidator<ForcePasswordResetInput>
{
    public ForcePasswordResetInputValidator() => UserRules.Password(this, x => x.TemporaryPassword);
}
