using System.Net;
using System.Text.RegularExpressions;
using HccPerformance.Core.Common;
using HccPerformance.IntegrationTests.Support;
using HccPerformance.Web.Models.Guidance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Guidance;

/// <summary>
/// Issue 17: the guidance page is true. Each role finds its own part first, every "where in the site" link it is given opens
/// for it, and no sentence says a feature is missing (the site's features are live; a feature that is not has no page to
/// link and no sentence here).
/// </summary>
public sealed partial class GuidanceTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Words that say a feature is not there: none belongs on the page while the features it describes answer.</summary>
    private static readonly string[] SaysMissing =
        ["not switched on", "switched off", "not available", "unavailable", "coming", "not yet", "in a later release"];

    public static TheoryData<string> Users()
    {
        var data = new TheoryData<string>();
        foreach (var user in TestUsers.RoleOf.Keys)
        {
            data.Add(user);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Each_role_sees_its_own_part_first_and_every_link_given_to_it_opens(string user)
    {
        using var client = await SignInAsync(user);
        var role = TestUsers.RoleOf[user];

        var page = await client.PageAsync("/guidance");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var sections = page.Document.QuerySelectorAll("section[data-role]").ToList();
        // The person's own roles come before what everyone can do, and the other roles after.
        var yours = sections.TakeWhile(s => s.GetAttribute("data-role") != RoleGuides.Everyone).Select(s => s.GetAttribute("data-role")).ToList();
        Assert.Contains(role, yours);
        Assert.Equal([.. Roles.All.Append(RoleGuides.Everyone).Order(StringComparer.Ordinal)],
            sections.Select(s => s.GetAttribute("data-role")!).Order(StringComparer.Ordinal));
        var links = sections.Where(s => s.GetAttribute("data-role") is { } r && (r == role || r == RoleGuides.Everyone))
            .SelectMany(s => s.QuerySelectorAll("a[href]")).Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.True(links.Count >= 5, $"{role} is given only {links.Count} links");

        var broken = new List<string>();
        foreach (var link in links)
        {
            var (status, landed) = await FollowAsync(client, link);
            if (status != HttpStatusCode.OK || landed.StartsWith("/account/", StringComparison.Ordinal) && !link.StartsWith("/account", StringComparison.Ordinal))
            {
                broken.Add($"{link}: {(int)status} at {landed}");
            }
        }

        Assert.True(broken.Count == 0, $"Links the guidance gives {role} that do not open for them:\n{string.Join("\n", broken)}");
    }

    [Theory]
    [InlineData(TestUsers.HeadOfImprovement, "set it live")]
    [InlineData(TestUsers.ChiefExecutive, "record its agreement")]
    [InlineData(TestUsers.ChiefOfficer, "record CMT's agreement")]
    [InlineData(TestUsers.Leader, "record its endorsement")]
    [InlineData(TestUsers.Cabinet, "Record Cabinet's endorsement")]
    [InlineData(TestUsers.CpegMember, "Comment on a draft")]
    public async Task Each_body_of_the_plans_life_is_told_its_step_and_where_it_is_recorded(string user, string step)
    {
        using var client = await SignInAsync(user);
        var role = TestUsers.RoleOf[user];

        var page = await client.PageAsync("/guidance");

        var own = page.Document.QuerySelector($"section[data-role='{role}']")!;
        var item = own.QuerySelectorAll("li").SingleOrDefault(li => li.TextContent.Contains(step, StringComparison.Ordinal));
        Assert.True(item is not null, $"{role}'s guidance does not say \"{step}\"");
        Assert.NotNull(item.QuerySelector("a[href='/plan/all']"));
        Assert.Contains("The improvement plan's life", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_guidance_says_how_to_take_a_plan_from_draft_to_live_with_the_demo_people()
    {
        using var client = await SignInAsync(TestUsers.HeadOfImprovement);

        var demo = (await client.PageAsync("/guidance")).Document.QuerySelector("#plan-life-demo")!.TextContent;

        foreach (var person in new[] { "head.of.improvement", "cpeg.member", "chief.executive", "leader" })
        {
            Assert.Contains(person, demo, StringComparison.Ordinal);
        }

        // True of the demo as seeded: the next plan is a draft for the newcomer to take live, and no plan is live today.
        Assert.Contains("it is a draft", demo, StringComparison.Ordinal);
        Assert.Contains("No plan is live yet", demo, StringComparison.Ordinal);
        var latest = await app.WithScopeAsync(s => s.GetRequiredService<Core.Data.AppDbContext>().PlanTerms.OrderByDescending(t => t.StartYear).Select(t => t.Status).FirstAsync());
        Assert.Equal(Core.ImprovementPlan.PlanStatus.Draft, latest);
        Assert.Equal("Corporate Improvement Plan", (await client.PageAsync("/plan")).H1);
    }

    [Fact]
    public async Task No_sentence_says_a_feature_is_not_there()
    {
        using var client = await SignInAsync(TestUsers.PerformanceTeam);

        var page = await client.PageAsync("/guidance");

        var text = Whitespace().Replace(page.Document.QuerySelector("main")!.TextContent, " ");
        var sentences = SentenceEnd().Split(text);
        var found = sentences.Where(s => SaysMissing.Any(p => Regex.IsMatch(s, $@"\b{Regex.Escape(p)}\b", RegexOptions.IgnoreCase))).ToList();
        Assert.True(found.Count == 0, $"The guidance says something is missing:\n{string.Join("\n", found)}");
    }

    [Fact]
    public void The_check_catches_a_sentence_of_the_old_guidance()
    {
        const string old = "Indicators, Reports and Areas of concern are not switched on yet.";

        Assert.Contains(SaysMissing, p => Regex.IsMatch(old, $@"\b{Regex.Escape(p)}\b", RegexOptions.IgnoreCase));
    }

    private async Task<SiteClient> SignInAsync(string user)
    {
        if (user == TestUsers.Admin)
        {
            return await app.AdminClientAsync();
        }

        var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        return client;
    }

    /// <summary>GET, following redirects as a browser would: the last status and where it landed.</summary>
    private static async Task<(HttpStatusCode Status, string Path)> FollowAsync(SiteClient client, string path)
    {
        var response = await client.GetAsync(path);
        for (var hops = 0; hops < 10 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
        {
            var location = response.Headers.Location!;
            path = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            response = await client.GetAsync(path);
        }

        return (response.StatusCode, path);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
