using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.BrowserTests;

/// <summary>Issue 14, point 8, in a real browser: a double-click on a create form's button makes one record.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class DoubleClickTests(SiteFixture site)
{
    [Fact]
    public async Task Double_clicking_raise_the_concern_raises_one_and_the_button_waits_while_it_posts()
    {
        var title = $"Double-clicked concern {Guid.NewGuid():N}";
        await using var cpeg = await site.OpenSessionAsync();
        await cpeg.SignInAsync("cpeg.member");
        await cpeg.GoToAsync("/concerns/new");
        await cpeg.Page.GetByLabel("What is the concern?").FillAsync(title);
        await cpeg.Page.GetByLabel("Evidence as it stands now").FillAsync("Pressed twice in a hurry.");
        var button = cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Raise the concern" });

        await cpeg.Page.EvaluateAsync("() => { window.hccBeforeSubmit = true; }");
        await button.DblClickAsync();
        await cpeg.Page.WaitForFunctionAsync("() => window.hccBeforeSubmit === undefined && document.readyState !== 'loading'");

        await cpeg.ExpectHeadingAsync(title);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().AreasOfConcern.CountAsync(c => c.Title == title));
    }

    [Fact]
    public async Task A_post_form_carries_a_one_time_token_and_its_button_is_disabled_once_pressed()
    {
        await using var cpeg = await site.OpenSessionAsync();
        await cpeg.SignInAsync("cpeg.member");
        await cpeg.GoToAsync("/concerns/new");
        var form = cpeg.Page.Locator("form", new() { Has = cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Raise the concern" }) });
        await Expect(form.Locator("input[name='__FormToken']")).ToHaveCountAsync(1);

        // The answer goes to a frame of its own, so this page stays to be looked at while the form is posted.
        await cpeg.Page.EvaluateAsync(@"() => {
            const sink = document.createElement('iframe');
            sink.name = 'sink';
            document.body.append(sink);
            const button = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Raise the concern');
            button.form.target = 'sink';
            button.click();
        }");

        await Expect(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Raise the concern" })).ToBeDisabledAsync();
    }
}
