using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Web.Models.Account;

public sealed record SignInInput
{
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
}

public sealed class SignInInputValidator : AbstractValidator<SignInInput>
{
    public SignInInputValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage("Enter your user name or email address");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password");
    }
}

public sealed class SignInViewModel
{
    public SignInInput Input { get; set; } = new();
    public string? ReturnUrl { get; set; }

    /// <summary>Whether "Sign in with your council account" is offered (council sign-in is configured).</summary>
    public bool CouncilSignIn { get; set; }
}

/// <summary>Why a council sign-in did not sign the person in, in words.</summary>
public sealed class CouncilSignInViewModel
{
    public string Heading { get; set; } = "";
    public string Message { get; set; } = "";
}

public sealed record CodeInput
{
    public string Code { get; set; } = "";
}

public sealed class CodeInputValidator : AbstractValidator<CodeInput>
{
    public CodeInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter the code");
    }
}

public sealed class CodeViewModel
{
    public CodeInput Input { get; set; } = new();
    public string? ReturnUrl { get; set; }
}

public sealed record ChangePasswordInput
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage("Enter a new password")
            .MinimumLength(Limits.PasswordMinimum).WithMessage($"The new password must be at least {Limits.PasswordMinimum} characters")
            .MaximumLength(Limits.PasswordMaximum).WithMessage($"The new password must be {Limits.PasswordMaximum} characters or fewer")
            .NotEqual(x => x.CurrentPassword).WithMessage("The new password must be different from the current one");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("The two new passwords do not match");
    }
}

public sealed class ChangePasswordViewModel
{
    public ChangePasswordInput Input { get; set; } = new();
    public bool Required { get; set; }
}

/// <summary>The person's password, asked again before a change to how they sign in.</summary>
public sealed record ConfirmPasswordInput
{
    public string Password { get; set; } = "";
}

public sealed class ConfirmPasswordInputValidator : AbstractValidator<ConfirmPasswordInput>
{
    public ConfirmPasswordInputValidator()
    {
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password");
    }
}

public sealed class ConfirmTwoFactorChangeViewModel
{
    public ConfirmPasswordInput Input { get; set; } = new();

    /// <summary>True to turn two-factor sign-in off; false to set up a different authenticator app.</summary>
    public bool TurnOff { get; set; }
}

public sealed class AccountOverviewViewModel
{
    public required string DisplayName { get; init; }
    public required string UserName { get; init; }
    public required string Email { get; init; }
    public string? Department { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public bool TwoFactorEnabled { get; init; }
    public int RecoveryCodesLeft { get; init; }
    public bool TwoFactorRequired { get; init; }
}

public sealed class EnableAuthenticatorViewModel
{
    public CodeInput Input { get; set; } = new();
    public string SharedKey { get; set; } = "";
    public string AuthenticatorUri { get; set; } = "";
    public string QrCodeDataUri { get; set; } = "";
    public bool Required { get; set; }
}
