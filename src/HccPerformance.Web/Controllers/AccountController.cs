using System.Security.Claims;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HccPerformance.Web.Controllers;

/// <summary>Signing in (with a second factor when set up, or with one's council account), signing out and changing one's password.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, SignInGuard guard, ILogger<AccountController> logger,
    IOptions<CouncilSignInOptions> council, CouncilAccounts councilAccounts) : AppController
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

        return View(new SignInViewModel { ReturnUrl = returnUrl, CouncilSignIn = council.Value.Enabled });
    }

    [AllowAnonymous]
    [HttpPost("sign-in")]
    [ThrottleCredentials]
    public async Task<IActionResult> SignIn(SignInViewModel model)
    {
        model.CouncilSignIn = council.Value.Enabled;
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
        var idToken = await HttpContext.GetTokenAsync(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme, "id_token");
        await signIn.SignOutAsync();
        SetStatus("You have signed out.");
        if (idToken is not null && council.Value.Enabled && await ProviderEndsSessionsAsync())
        {
            // Signed in with the council account: end the session at the provider too, which sends the browser back here.
            var properties = new AuthenticationProperties { RedirectUri = Url.Action(nameof(SignIn)) };
            properties.Items[CouncilSignIn.IdTokenHintItem] = idToken;
            return SignOut(properties, CouncilSignInOptions.Scheme);
        }

        return RedirectToAction(nameof(SignIn));
    }

    /// <summary>Whether the provider publishes an end_session_endpoint (Entra ID and AD FS do; some providers do not).</summary>
    private async Task<bool> ProviderEndsSessionsAsync()
    {
        var options = HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(CouncilSignInOptions.Scheme);
        if (options.ConfigurationManager is null)
        {
            return false;
        }

        try
        {
            var configuration = await options.ConfigurationManager.GetConfigurationAsync(HttpContext.RequestAborted);
            return !string.IsNullOrEmpty(configuration.EndSessionEndpoint);
        }
        catch (InvalidOperationException exception)
        {
            // The provider cannot be reached: the site's own session has ended, which is what matters here.
            logger.LogWarning(exception, "The council sign-in provider could not be asked how to sign out");
            return false;
        }
    }

    /// <summary>"Sign in with your council account": off to the identity provider, which sends the person back to <see cref="CouncilSignInDone"/>.</summary>
    [AllowAnonymous]
    [HttpGet("council-sign-in")]
    public async Task<IActionResult> CouncilSignInStart(string? returnUrl)
    {
        if (!council.Value.Enabled)
        {
            return NotFound();
        }

        var done = Url.Action(nameof(CouncilSignInDone), new { returnUrl = LocalOrNull(returnUrl) });
        try
        {
            // Challenged here, not by a ChallengeResult, so a provider that cannot be reached is a page in words, not a 500.
            await HttpContext.ChallengeAsync(CouncilSignInOptions.Scheme, new AuthenticationProperties { RedirectUri = done });
            return new EmptyResult();
        }
        catch (InvalidOperationException exception)
        {
            logger.LogError(exception, "The council sign-in provider could not be reached");
            return CouncilSignInRefused(
                $"The council's sign-in service cannot be reached just now. Try again in a few minutes, or sign in with a local account; if it goes on, tell {council.Value.AdministratorContact}.",
                "Council sign-in is not available");
        }
    }

    /// <summary>
    /// The provider has proved who the person is (the handler checked the token); the mapping decides what they may do.
    /// Ends in the site's own session, or a page saying in words why not.
    /// </summary>
    [AllowAnonymous]
    [HttpGet("council-sign-in/done")]
    public async Task<IActionResult> CouncilSignInDone(string? returnUrl, CancellationToken ct)
    {
        var external = await HttpContext.AuthenticateAsync(Microsoft.AspNetCore.Identity.IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(Microsoft.AspNetCore.Identity.IdentityConstants.ExternalScheme);
        if (!council.Value.Enabled || !external.Succeeded || external.Principal.FindFirstValue("sub") is not { Length: > 0 } subject)
        {
            return RedirectToAction(nameof(SignIn));
        }

        var principal = external.Principal;
        var identity = new ExternalIdentity(CouncilSignInOptions.Scheme, subject,
            principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("upn"),
            principal.FindFirstValue("name"), principal.FindFirstValue("email"),
            [.. principal.FindAll(council.Value.GroupsClaim).Select(c => c.Value)]);
        var result = await councilAccounts.SignInAsync(identity, council.Value.NewAccountsAwaitApproval, ct);
        switch (result.Outcome)
        {
            case CouncilSignInOutcome.NoAccess:
                logger.LogWarning("{Subject} signed in with a council account that has no mapped group", subject);
                return CouncilSignInRefused($"Your account has no access to this site yet; ask {council.Value.AdministratorContact}.");
            case CouncilSignInOutcome.AwaitingApproval:
                return CouncilSignInRefused($"Your account is waiting for the Administrator's approval. You can sign in once {council.Value.AdministratorContact} has approved it.", "Waiting for approval");
            case CouncilSignInOutcome.Locked:
                logger.LogWarning("{Subject} tried to sign in with a council account to a locked account", subject);
                return CouncilSignInRefused(LockedByAdministrator);
            case CouncilSignInOutcome.Conflict:
                return CouncilSignInRefused($"The site could not make an account for you: another account here uses your email address. Ask {council.Value.AdministratorContact}.");
        }

        HttpContext.Items[CouncilSignIn.IdTokenItem] = external.Properties?.GetTokenValue("id_token");
        var signedIn = await signIn.ExternalLoginSignInAsync(CouncilSignInOptions.Scheme, subject, isPersistent: false, bypassTwoFactor: false);
        if (signedIn.RequiresTwoFactor)
        {
            return View("Continue", Url.Action(nameof(SignInTwoFactor), new { returnUrl = LocalOrNull(returnUrl) }));
        }

        if (!signedIn.Succeeded)
        {
            return CouncilSignInRefused(LockedByAdministrator);
        }

        logger.LogInformation("{User} signed in with a council account", principal.FindFirstValue("preferred_username") ?? subject);
        // A page that moves on by itself, not a redirect: the provider's answer started this navigation on another site,
        // and the browser sends the Strict session cookie only on a navigation this site starts.
        return View("Continue", LocalOrNull(returnUrl) is { } local ? LocalUrls.Encode(local) : Url.Action(nameof(HomeController.Index), "Home"));
    }

    [AllowAnonymous]
    [HttpGet("council-sign-in/failed")]
    public IActionResult CouncilSignInFailed() =>
        CouncilSignInRefused($"Signing in with your council account did not work, so you are not signed in. Try again; if it happens again, ask {council.Value.AdministratorContact}.");

    private ViewResult CouncilSignInRefused(string message, string heading = "You cannot sign in with your council account") =>
        View("CouncilSignIn", new CouncilSignInViewModel { Heading = heading, Message = message });

    private string? LocalOrNull(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;

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
