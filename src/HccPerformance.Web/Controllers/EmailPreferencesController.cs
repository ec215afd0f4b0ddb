using HccPerformance.Core.Notifications;
using HccPerformance.Web.Models.Email;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>Each signed-in person chooses how they are told by email (issue 19): each as it happens, a daily summary, or the site only.</summary>
[Route("account/email")]
public sealed class EmailPreferencesController(EmailPreferences preferences) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var view = await preferences.GetAsync(ct);
        return View(new EmailPreferenceViewModel { View = view, Input = new EmailPreferenceInput { Delivery = view.Delivery, Version = view.Version } });
    }

    /// <summary>An edit of the person's one choice (its version checked), not a create: no one-time token needed.</summary>
    [HttpPost("")]
    public Task<IActionResult> Save([Bind(Prefix = "Input")] EmailPreferenceInput input, CancellationToken ct) => PostAsync(input, async () =>
    {
        await preferences.SaveAsync(input, ct);
        return Done(input.Delivery switch
        {
            EmailDelivery.DailySummary => "You will be told by email once a day, in a summary of everything that needs you.",
            EmailDelivery.SiteOnly => "You will be told in the site only: no emails.",
            _ => "You will be told by email as each thing happens.",
        }, nameof(Index));
    }, async () => View(nameof(Index), new EmailPreferenceViewModel { View = await preferences.GetAsync(ct), Input = input }));
}
