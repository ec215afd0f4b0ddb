using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace HccPerformance.Web.Controllers;

/// <summary>A person's own account: password and two-factor sign-in with an authenticator app.</summary>
[Route("account")]
public sealed class ManageController(
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, AppDbContext db, UrlEncoder urlEncoder) : AppController
{
    public const string RecoveryCodesKey = "RecoveryCodes";
    private const string Issuer = "HccPerformance";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var roles = await users.GetRolesAsync(user);
        var department = user.DepartmentId is { } id
            ? await db.Departments.Where(d => d.Id == id).Select(d => d.Name).SingleOrDefaultAsync()
            : null;
        return View(new AccountOverviewViewModel
        {
            DisplayName = user.DisplayName,
            UserName = user.UserName!,
            Email = user.Email ?? "",
            Department = department,
            Roles = [.. roles.Select(Roles.DisplayName)],
            TwoFactorEnabled = user.TwoFactorEnabled,
            RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
            TwoFactorRequired = roles.Contains(Roles.Administrator),
        });
    }

    [HttpGet("two-factor/enable")]
    public async Task<IActionResult> EnableAuthenticator()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(await BuildEnableModelAsync(user, new CodeInput()));
    }

    [HttpPost("two-factor/enable")]
    [ThrottleCredentials]
    public async Task<IActionResult> EnableAuthenticator(EnableAuthenticatorViewModel model)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var code = model.Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
                // This session has now proved the second factor, which Administrators need; the person's other sessions end.
                var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
                await DatabaseTicketStore.EndOtherSessionsAsync(HttpContext, user.Id);
                await signIn.SignInWithClaimsAsync(user, current.Properties,
                    [new Claim(AppClaims.AuthenticationMethod, AppClaims.MultiFactor)]);
                TempData[RecoveryCodesKey] = codes?.ToArray();
                SetStatus("Two-factor sign-in is on. From now on you will be asked for a code from your authenticator app when you sign in.");
                return RedirectToAction(nameof(RecoveryCodes));
            }

            ModelState.AddModelError("Input.Code", "The code is not right: check the app shows HccPerformance and enter the 6-digit code it shows now");
        }

        return View(await BuildEnableModelAsync(user, new CodeInput()));
    }

    [HttpGet("two-factor/recovery-codes")]
    public IActionResult RecoveryCodes()
    {
        if (TempData[RecoveryCodesKey] is not string[] codes || codes.Length == 0)
        {
            return RedirectToAction(nameof(Index));
        }

        return View(codes);
    }

    [HttpPost("two-factor/recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            SetStatus("Set up two-factor sign-in first.");
            return RedirectToAction(nameof(Index));
        }

        TempData[RecoveryCodesKey] = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToArray();
        SetStatus("You have new recovery codes. The old ones no longer work.");
        return RedirectToAction(nameof(RecoveryCodes));
    }

    [HttpGet("two-factor/reset")]
    public IActionResult ResetAuthenticator() => View("ConfirmTwoFactorChange", new ConfirmTwoFactorChangeViewModel());

    /// <summary>Asks for the password; then the old app stops working and this session must prove the new one.</summary>
    [HttpPost("two-factor/reset")]
    [ThrottleCredentials]
    public async Task<IActionResult> ResetAuthenticator(ConfirmTwoFactorChangeViewModel model)
    {
        model.TurnOff = false;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await PasswordConfirmedAsync(user, model.Input))
        {
            return View("ConfirmTwoFactorChange", model);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await SignInAgainWithoutSecondFactorAsync(user);
        SetStatus("Your old authenticator app no longer works for this account, and you have been signed out everywhere else. Set up the new one now.");
        return RedirectToAction(nameof(EnableAuthenticator));
    }

    [HttpGet("two-factor/disable")]
    public IActionResult DisableTwoFactor() => View("ConfirmTwoFactorChange", new ConfirmTwoFactorChangeViewModel { TurnOff = true });

    [HttpPost("two-factor/disable")]
    [ThrottleCredentials]
    public async Task<IActionResult> DisableTwoFactor(ConfirmTwoFactorChangeViewModel model)
    {
        model.TurnOff = true;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await users.IsInRoleAsync(user, Roles.Administrator))
        {
            SetStatus("Administrators must use two-factor sign-in, so it cannot be turned off for your account.");
            return RedirectToAction(nameof(Index));
        }

        if (!await PasswordConfirmedAsync(user, model.Input))
        {
            return View("ConfirmTwoFactorChange", model);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await SignInAgainWithoutSecondFactorAsync(user);
        SetStatus("Two-factor sign-in is off, and you have been signed out everywhere else. You can turn it on again at any time.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> PasswordConfirmedAsync(ApplicationUser user, ConfirmPasswordInput input)
    {
        if (!ModelState.IsValid)
        {
            return false;
        }

        if (await users.CheckPasswordAsync(user, input.Password))
        {
            return true;
        }

        // A wrong password here counts towards the lock as it does at sign-in.
        await users.AccessFailedAsync(user);
        ModelState.AddModelError("Input.Password", "Your password is not right");
        input.Password = "";
        return false;
    }

    /// <summary>
    /// Ends the person's other sessions and re-issues this one without the <c>amr=mfa</c> claim: until a second factor is
    /// proved again, an Administrator is held at enrolment (SignInGateMiddleware) and the Administration policy refuses.
    /// </summary>
    private async Task SignInAgainWithoutSecondFactorAsync(ApplicationUser user)
    {
        var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await DatabaseTicketStore.EndOtherSessionsAsync(HttpContext, user.Id);
        await signIn.SignInWithClaimsAsync(user, current.Properties, []);
    }

    private async Task<EnableAuthenticatorViewModel> BuildEnableModelAsync(ApplicationUser user, CodeInput input)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            urlEncoder.Encode(Issuer), urlEncoder.Encode(user.UserName!), key);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new EnableAuthenticatorViewModel
        {
            Input = input,
            SharedKey = FormatKey(key!),
            AuthenticatorUri = uri,
            QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(png),
            Required = await users.IsInRoleAsync(user, Roles.Administrator) && !User.UsedSecondFactor(),
        };
    }

    private static string FormatKey(string key) =>
        string.Join(" ", key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
