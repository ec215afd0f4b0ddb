using HccPerformance.Core.Data;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>Signing in (with a second factor when set up), signing out and changing one's password.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, ILogger<AccountController> logger) : AppController
{
    // One message for a wrong password and an unknown user, so the form does not tell who has an account.
    public const string SignInFailed = "The user name or password is not right";
    public const string LockedOut = "This account is locked after too many attempts to sign in. Try again in 15 minutes, or ask an Administrator to unlock it.";

    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return RedirectToLocal(returnUrl);
        }

        return View(new SignInViewModel { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("sign-in")]
    public async Task<IActionResult> SignIn(SignInViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var userName = model.Input.UserName.Trim();
        if (userName.Contains('@', StringComparison.Ordinal) && await users.FindByEmailAsync(userName) is { } byEmail)
        {
            userName = byEmail.UserName!;
        }

        var result = await signIn.PasswordSignInAsync(userName, model.Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{User} signed in", userName);
            return RedirectToLocal(model.ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(SignInTwoFactor), new { returnUrl = model.ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("{User} is locked out", userName);
            ModelState.AddModelError("Input.Password", LockedOut);
        }
        else
        {
            ModelState.AddModelError("Input.Password", SignInFailed);
        }

        model.Input.Password = "";
        return View(model);
    }

    [AllowAnonymous]
    [HttpGet("sign-in/two-factor")]
    public async Task<IActionResult> SignInTwoFactor(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        return View(new CodeViewModel { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("sign-in/two-factor")]
    public async Task<IActionResult> SignInTwoFactor(CodeViewModel model)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var code = model.Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return RedirectToLocal(model.ReturnUrl);
        }

        ModelState.AddModelError("Input.Code", result.IsLockedOut ? LockedOut : "The code is not right: enter the 6-digit code your authenticator app shows now");
        model.Input.Code = "";
        return View(model);
    }

    [AllowAnonymous]
    [HttpGet("sign-in/recovery-code")]
    public async Task<IActionResult> SignInRecoveryCode(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        return View(new CodeViewModel { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("sign-in/recovery-code")]
    public async Task<IActionResult> SignInRecoveryCode(CodeViewModel model)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(model.Input.Code.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            SetStatus("You signed in with a recovery code. It cannot be used again: check how many you have left in Your account.");
            return RedirectToLocal(model.ReturnUrl);
        }

        ModelState.AddModelError("Input.Code", result.IsLockedOut ? LockedOut : "The recovery code is not right, or has been used already");
        model.Input.Code = "";
        return View(model);
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfSite()
    {
        await signIn.SignOutAsync();
        SetStatus("You have signed out.");
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel { Required = User.MustChangePassword() });

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        model.Required = User.MustChangePassword();
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, model.Input.CurrentPassword, model.Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword",
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Your current password is not right" : error.Description);
            }

            return View(model);
        }

        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }

        await signIn.RefreshSignInAsync(user);
        SetStatus("Your password has been changed.");
        return RedirectToAction(nameof(HomeController.Index), "Home");
    }

    private IActionResult RedirectToLocal(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl)
            : RedirectToAction(nameof(HomeController.Index), "Home");
}
