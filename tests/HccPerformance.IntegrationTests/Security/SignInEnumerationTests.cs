using System.Diagnostics;
using HccPerformance.IntegrationTests.Support;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>Issue 14, point 3: sign-in does not tell who has an account, by its words or by its time.</summary>
public sealed class SignInEnumerationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_real_name_and_an_unknown_one_get_the_same_words_try_after_try_including_the_lock()
    {
        using var client = app.CreateSiteClient();
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var known = await Page.ReadAsync(await client.SignInAsync(TestUsers.PerformanceMember, "not-the-password-" + attempt));
            var unknown = await Page.ReadAsync(await client.SignInAsync("no.such.person", "not-the-password-" + attempt));

            Assert.Equal(known.ErrorFor("Input.Password"), unknown.ErrorFor("Input.Password"));
        }

        var lockedKnown = await Page.ReadAsync(await client.SignInAsync(TestUsers.PerformanceMember));
        var lockedUnknown = await Page.ReadAsync(await client.SignInAsync("no.such.person"));
        Assert.Contains("Too many attempts", lockedKnown.ErrorFor("Input.Password"), StringComparison.Ordinal);
        Assert.Equal(lockedKnown.ErrorFor("Input.Password"), lockedUnknown.ErrorFor("Input.Password"));
    }

    [Fact]
    public async Task A_wrong_password_for_a_real_name_takes_about_as_long_as_one_for_an_unknown_name()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync("warm.up", "warm-up-password"); // the first request of a site pays for its start

        var known = new List<double>();
        var unknown = new List<double>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            known.Add(await TimeAsync(() => client.SignInAsync(TestUsers.Cabinet, "wrong-password-" + attempt)));
            unknown.Add(await TimeAsync(() => client.SignInAsync("nobody.here." + attempt, "wrong-password-" + attempt)));
        }

        // The fastest of each: what a refusal costs at least, with the noise of a busy machine taken out. Before the
        // dummy hash an unknown name took about 1/20 of the time; a real name still writes its failed-attempt count.
        var knownFastest = known.Min();
        var unknownFastest = unknown.Min();
        Assert.True(unknownFastest > knownFastest * 0.5,
            $"An unknown name was refused in {unknownFastest:F0} ms, a real one in {knownFastest:F0} ms: the time tells which names exist.");
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> signIn)
    {
        var watch = Stopwatch.StartNew();
        (await signIn()).Dispose();
        return watch.Elapsed.TotalMilliseconds;
    }
}
