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
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, SignInGuard guard, ILogger<AccountController> logger) : AppController
{
    // One message for a wrong password and an unknown user, so the form does not tell who has an account.
    public const string SignInFailed = "The user name or password is not right";
    public const string LockedByAdministrator = "This account is locked. Ask an Administrator to unlock it.";

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
    [ThrottleCredentials]
    public async Task<IActionResult> SignIn(SignInViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var userName = model.Input.UserName.Trim();
        var password = model.Input.Password;
        var user = (userName.Contains('@', StringComparison.Ordinal) ? await users.FindByEmailAsync(userName) : null)
            ?? await users.FindByNameAsync(userName);
        var refusal = user is null ? RefuseUnknownName(userName, password) : await SignInKnownAsync(user, password);
        if (refusal is null)
        {
            logger.LogInformation("{User} signed in", user!.UserName);
            return RedirectToLocal(model.ReturnUrl);
        }

        if (refusal == TwoFactorNeeded)
        {
            return RedirectToAction(nameof(SignInTwoFactor), new { returnUrl = model.ReturnUrl });
        }

        ModelState.AddModelError("Input.Password", refusal);
        model.Input.Password = "";
        return View(model);
    }

    /// <summary>The same time and the same words as a real name with a wrong password, locks included.</summary>
    private string RefuseUnknownName(string userName, string password)
    {
        if (guard.LockedUntil(userName) is { } locked)
        {
            guard.CheckAgainstNobody(users.PasswordHasher, password);
            return TooManyAttempts(locked);
        }

        guard.CheckAgainstNobody(users.PasswordHasher, password);
        return guard.Failed(userName) is { } lockedNow ? TooManyAttempts(lockedNow) : SignInFailed;
    }

    private const string TwoFactorNeeded = "two-factor";

    /// <summary>Null when signed in; <see cref="TwoFactorNeeded"/> when the code is next; otherwise the words to show.</summary>
    private async Task<string?> SignInKnownAsync(ApplicationUser user, string password)
    {
        if (await users.IsLockedOutAsync(user))
        {
            var end = user.LockoutEnd!.Value;
            if (end - DateTimeOffset.UtcNow <= AppUserManager.LongestLock)
            {
                // The password is not tried while locked, so guessing gets nowhere, yet it takes as long as a try would.
                guard.CheckAgainstNobody(users.PasswordHasher, password);
                return TooManyAttempts(end);
            }

            // Locked by an Administrator: only someone who knows the password learns that.
            logger.LogWarning("{User} tried to sign in to a locked account", user.UserName);
            return users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? "", password) == PasswordVerificationResult.Failed
                ? SignInFailed : LockedByAdministrator;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return null;
        }

        if (result.RequiresTwoFactor)
        {
            return TwoFactorNeeded;
        }

        if (result.IsLockedOut && user.LockoutEnd is { } lockedNow)
        {
            logger.LogWarning("{User} is locked out", user.UserName);
            return TooManyAttempts(lockedNow);
        }

        return SignInFailed;
    }

    /// <summary>The lock-out message, the same for real and unknown names.</summary>
    public static string TooManyAttempts(DateTimeOffset until)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling((until - DateTimeOffset.UtcNow).TotalMinutes));
        return $"Too many attempts to sign in with this name. Wait {minutes} {(minutes == 1 ? "minute" : "minutes")} and try again, or ask an Administrator to unlock the account.";
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
    [ThrottleCredentials]
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

        ModelState.AddModelError("Input.Code", result.IsLockedOut ? await LockedMessageAsync() : "The code is not right: enter the 6-digit code your authenticator app shows now");
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
    [ThrottleCredentials]
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

        ModelState.AddModelError("Input.Code", result.IsLockedOut ? await LockedMessageAsync() : "The recovery code is not right, or has been used already");
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
    [ThrottleCredentials]
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

        // Every other session of this person ends now; this one carries on with the new security stamp.
        await DatabaseTicketStore.EndOtherSessionsAsync(HttpContext, user.Id);
        await signIn.RefreshSignInAsync(user);
        SetStatus("Your password has been changed. Anywhere else you were signed in, you have been signed out.");
        return RedirectToAction(nameof(HomeController.Index), "Home");
    }

    private async Task<string> LockedMessageAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is { LockoutEnd: { } end } ? TooManyAttempts(end) : LockedByAdministrator;

    private IActionResult RedirectToLocal(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(LocalUrls.Encode(returnUrl))
            : RedirectToAction(nameof(HomeController.Index), "Home");
}
