using System.Globalization;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.Scrutiny;
using HccPerformance.IntegrationTests.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HccPerformance.IntegrationTests.Scrutiny.ScrutinySite;

namespace HccPerformance.IntegrationTests.Scrutiny;

/// <summary>
/// Select Committees' scrutiny reviews (issue 15) over HTTP, per role: Select Committee members record and move reviews on;
/// those a recommendation is made to (or the Head of Improvement for them) respond; everyone else gets 403; a review someone
/// may not read is not found. Each test works on reviews of its own.
/// </summary>
public sealed class ScrutinyPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly Today => TodayOf(app);

    private async Task<SiteClient> AsAsync(string user)
    {
        var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        return client;
    }

    [Fact]
    public async Task A_Select_Committee_member_records_a_review_to_its_report_and_the_Leader_responds_and_the_committee_reads_it()
    {
        var topic = $"Library opening hours {Guid.NewGuid():N}"[..40];
        using var member = await AsAsync(TestUsers.SelectCommittee);

        var form = await member.PageAsync("/scrutiny/new");
        Assert.Equal("Start a scrutiny review", form.H1);
        var fields = form.FormFields("Input.Topic");
        fields["Input.Committee"] = "Policy and Resources Select Committee";
        fields["Input.Topic"] = topic;
        fields["Input.Scope"] = "Whether evening opening is used";
        var page = await member.FollowAsync(await member.PostFormAsync("/scrutiny/new", fields));
        Assert.Equal($"Scrutiny review: {topic}", page.H1);
        Assert.Contains("is recorded, at scoping", page.Status(), StringComparison.Ordinal);
        var id = int.Parse(page.Path.Split('/')[^1], CultureInfo.InvariantCulture);

        // Out of order: reporting straight from scoping is refused in words, nothing written.
        var review = await app.ReviewAsync(id);
        var refused = await Page.ReadAsync(await member.PostFormToAsync(page.Path, $"/scrutiny/{id}/step", ("Move.To", "Reported"), ("Move.Version", review.Version.ToString())));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("one step at a time", refused.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(ScrutinyStatus.Scoping, (await app.ReviewAsync(id)).Status);

        page = await member.FollowAsync(await member.PostFormAsync(page.Path, page.FormFields("Move.To"), $"/scrutiny/{id}/step"));
        Assert.Contains("gathering evidence", page.Document.QuerySelector("#review-step")!.TextContent, StringComparison.OrdinalIgnoreCase);

        fields = page.FormFields("Evidence.What");
        fields["Evidence.What"] = "Footfall counts by hour";
        fields["Evidence.From"] = "Head of Libraries";
        fields["Evidence.On"] = Iso(Today);
        page = await member.FollowAsync(await member.PostFormAsync(page.Path, fields, $"/scrutiny/{id}/evidence"));
        Assert.Contains("Footfall counts by hour", page.Document.QuerySelector("#evidence")!.TextContent, StringComparison.Ordinal);

        fields = page.FormFields("Recommendation.Text");
        fields["Recommendation.Text"] = "Open the five largest libraries until 8pm on Thursdays";
        fields["Recommendation.To"] = "Leader";
        fields["Recommendation.DueOn"] = Iso(Today.AddDays(40));
        page = await member.FollowAsync(await member.PostFormAsync(page.Path, fields, $"/scrutiny/{id}/recommendations"));
        Assert.Contains("the Executive's response is due on", page.Status(), StringComparison.Ordinal);
        var recommendation = (await app.ReviewAsync(id)).Recommendations.Single().Id;

        // Reporting needs the findings: refused beside the form, then recorded through the edit form.
        refused = await Page.ReadAsync(await member.PostFormAsync(page.Path, page.FormFields("Move.To"), $"/scrutiny/{id}/step"));
        Assert.Contains("Record the committee's findings before the review reports", refused.ErrorSummary(), StringComparison.Ordinal);
        var edit = await member.PageAsync($"/scrutiny/{id}/edit");
        fields = edit.FormFields("Input.Findings");
        fields["Input.Findings"] = "Evenings are busy in the five largest libraries only";
        await member.FollowAsync(await member.PostFormAsync($"/scrutiny/{id}/edit", fields));
        page = await member.PageAsync($"/scrutiny/{id}");
        page = await member.FollowAsync(await member.PostFormAsync(page.Path, page.FormFields("Move.To"), $"/scrutiny/{id}/step"));
        Assert.Contains("The review has reported", page.Status(), StringComparison.Ordinal);

        // The Leader is told and finds it waiting on their home page.
        using var leader = await AsAsync(TestUsers.Leader);
        var home = await leader.PageAsync("/what-needs-you");
        Assert.Contains(topic, home.Document.QuerySelector("#scrutiny-waiting")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"reported its review \"{topic}\"", home.Text, StringComparison.Ordinal);

        var answer = await leader.PageAsync($"/scrutiny/recommendations/{recommendation}");
        fields = answer.FormFields("Response.ResponseText");
        fields["Response.Answer"] = "Accepted";
        fields["Response.ResponseText"] = "Cabinet agreed Thursday evening opening from September";
        fields["Response.ActionOn"] = Iso(Today.AddDays(90));
        page = await leader.FollowAsync(await leader.PostFormAsync(answer.Path, fields, $"/scrutiny/recommendations/{recommendation}/response"));
        Assert.Contains("The Executive's response to recommendation 1 is recorded: accepted", page.Status(), StringComparison.Ordinal);

        var read = await member.PageAsync($"/scrutiny/{id}");
        var row = read.Document.QuerySelector($"#recommendation-{recommendation}")!.TextContent;
        Assert.Contains("Accepted", row, StringComparison.Ordinal);
        Assert.Contains("Cabinet agreed Thursday evening opening from September", row, StringComparison.Ordinal);
        Assert.Contains("Leader of the Council", row, StringComparison.Ordinal);
        var memberHome = await member.PageAsync("/what-needs-you");
        Assert.Contains($"recommendation 1 of \"{topic}\"", memberHome.Document.QuerySelector("#scrutiny-home")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_shown_beside_the_field_with_the_typing_kept_and_nothing_written()
    {
        using var member = await AsAsync(TestUsers.SelectCommittee);
        var before = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ScrutinyReviews.CountAsync());

        var form = await member.PageAsync("/scrutiny/new");
        var fields = form.FormFields("Input.Topic");
        fields["Input.Committee"] = "Children's Select Committee";
        fields["Input.Scope"] = "Kept scope";
        var page = await Page.ReadAsync(await member.PostFormAsync("/scrutiny/new", fields));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Enter the review's topic", page.ErrorFor("Input.Topic"));
        Assert.Equal("Children's Select Committee", page.ValueOf("Input.Committee"));
        Assert.Equal("Kept scope", page.TextAreaValue("Input.Scope"));
        Assert.Equal(before, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ScrutinyReviews.CountAsync()));

        var id = await app.GatheringReviewAsync($"Bad input {Guid.NewGuid():N}");
        var review = await member.PageAsync($"/scrutiny/{id}");
        fields = review.FormFields("Recommendation.Text");
        fields["Recommendation.Text"] = "Kept recommendation";
        fields["Recommendation.To"] = "Cabinet";
        fields["Recommendation.DueOn"] = Iso(Today.AddDays(-3));
        page = await Page.ReadAsync(await member.PostFormAsync(review.Path, fields, $"/scrutiny/{id}/recommendations"));
        Assert.Equal("The date the response is due must be after today", page.ErrorFor("Recommendation.DueOn"));
        Assert.Equal("Kept recommendation", page.TextAreaValue("Recommendation.Text"));
        Assert.Empty((await app.ReviewAsync(id)).Recommendations);

        var (_, recommendation) = await app.ReportedReviewAsync($"No words {Guid.NewGuid():N}");
        using var leader = await AsAsync(TestUsers.Leader);
        var answer = await leader.PageAsync($"/scrutiny/recommendations/{recommendation}");
        fields = answer.FormFields("Response.ResponseText");
        fields["Response.Answer"] = "Rejected";
        page = await Page.ReadAsync(await leader.PostFormAsync(answer.Path, fields, $"/scrutiny/recommendations/{recommendation}/response"));
        Assert.Equal("Give the Executive's response in words", page.ErrorFor("Response.ResponseText"));
        Assert.Equal("Rejected", page.Document.QuerySelector("input[name='Response.Answer']:checked")?.GetAttribute("value"));
        Assert.Null((await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ScrutinyRecommendations.AsNoTracking().SingleAsync(r => r.Id == recommendation))).Response);
    }

    [Theory]
    [InlineData(TestUsers.SelectCommittee, HttpStatusCode.OK)]
    [InlineData(TestUsers.Leader, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.Cabinet, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.ExecutiveMember, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.HeadOfImprovement, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.PerformanceTeam, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.ChiefOfficer, HttpStatusCode.Forbidden)]
    public async Task Only_Select_Committee_members_start_and_change_reviews(string user, HttpStatusCode expected)
    {
        var id = await app.GatheringReviewAsync($"Who changes {Guid.NewGuid():N}");
        using var client = await AsAsync(user);

        Assert.Equal(expected, (await client.GetAsync("/scrutiny/new")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/scrutiny/{id}/edit")).StatusCode);
        var token = (await client.PageAsync("/account/change-password")).AntiforgeryToken();
        var post = await client.Http.PostAsync(new Uri($"/scrutiny/{id}/evidence", UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Evidence.What", "Minutes"), new("Evidence.From", "Clerk"), new("Evidence.On", Iso(Today))]));
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Theory]
    [InlineData(TestUsers.ExecutiveMember, true)]
    [InlineData(TestUsers.HeadOfImprovement, true)]
    [InlineData("executive.member.env", false)]
    [InlineData(TestUsers.Leader, false)]
    [InlineData(TestUsers.Cabinet, false)]
    [InlineData(TestUsers.ChiefOfficer, false)]
    [InlineData(TestUsers.SelectCommittee, false)]
    [InlineData(TestUsers.PerformanceMember, false)]
    public async Task A_recommendation_to_the_Executive_Member_for_Adult_Services_is_answered_by_them_or_the_Head_of_Improvement_only(string user, bool responds)
    {
        var (review, recommendation) = await app.ReportedReviewAsync($"Adult Services {Guid.NewGuid():N}", ScrutinyAddressee.ExecutiveMember, "AS", dueInDays: -5);
        using var client = await AsAsync(user);
        var page = await client.PageAsync($"/scrutiny/recommendations/{recommendation}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Overdue by 5 days", page.Text, StringComparison.Ordinal);
        Assert.Equal(responds, page.Document.QuerySelector("textarea[name='Response.ResponseText']") is not null);

        var version = (await app.ReviewAsync(review)).Recommendations.Single().Version;
        var response = await client.PostFormToAsync(page.Path, $"/scrutiny/recommendations/{recommendation}/response",
            ("Response.Answer", "PartlyAccepted"), ("Response.ResponseText", "In part"), ("Response.ActionOn", Iso(Today.AddDays(20))),
            ("Response.Version", version.ToString()));

        Assert.Equal(responds ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, response.StatusCode);
        var saved = (await app.ReviewAsync(review)).Recommendations.Single();
        Assert.Equal(responds ? ExecutiveResponse.PartlyAccepted : null, saved.Response);
        if (user == TestUsers.HeadOfImprovement)
        {
            Assert.Equal("Head of Improvement, for the Executive Member for Adult Services", saved.RespondedBy);
        }
    }

    [Fact]
    public async Task A_second_response_is_refused_saying_who_answered_first_and_nothing_changes()
    {
        var (review, recommendation) = await app.ReportedReviewAsync($"Twice {Guid.NewGuid():N}", ScrutinyAddressee.Cabinet);
        using var leader = await AsAsync(TestUsers.Leader);
        using var cabinet = await AsAsync(TestUsers.Cabinet);
        // Both open the form before either saves.
        var leaderForm = (await leader.PageAsync($"/scrutiny/recommendations/{recommendation}")).FormFields("Response.ResponseText");
        var cabinetForm = (await cabinet.PageAsync($"/scrutiny/recommendations/{recommendation}")).FormFields("Response.ResponseText");
        var action = $"/scrutiny/recommendations/{recommendation}/response";

        leaderForm["Response.Answer"] = "Accepted";
        leaderForm["Response.ResponseText"] = "Agreed by the Leader";
        leaderForm["Response.ActionOn"] = Iso(Today.AddDays(10));
        await leader.FollowAsync(await leader.PostFormAsync($"/scrutiny/recommendations/{recommendation}", leaderForm, action));
        cabinetForm["Response.Answer"] = "Rejected";
        cabinetForm["Response.ResponseText"] = "Rejected by a Cabinet member";
        var second = await Page.ReadAsync(await cabinet.PostFormAsync($"/scrutiny/recommendations/{recommendation}", cabinetForm, action));

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Contains("The Executive's response was recorded on", second.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("by Leader of the Council (accepted): a recommendation has one response", second.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Agreed by the Leader", second.Document.QuerySelector("#executive-response")!.TextContent, StringComparison.Ordinal);
        var saved = (await app.ReviewAsync(review)).Recommendations.Single();
        Assert.Equal(ExecutiveResponse.Accepted, saved.Response);
        Assert.Equal("Agreed by the Leader", saved.ResponseText);
    }

    [Fact]
    public async Task A_review_under_way_is_read_by_the_committee_and_its_officers_and_is_not_found_for_others_until_it_reports()
    {
        var gathering = await app.GatheringReviewAsync($"Under way {Guid.NewGuid():N}");
        var (reported, _) = await app.ReportedReviewAsync($"Published {Guid.NewGuid():N}");
        foreach (var user in TestUsers.AllButAdmin)
        {
            using var client = await AsAsync(user);
            var reads = user is TestUsers.SelectCommittee or TestUsers.HeadOfImprovement or TestUsers.PerformanceTeam;
            Assert.True((reads ? HttpStatusCode.OK : HttpStatusCode.NotFound) == (await client.GetAsync($"/scrutiny/{gathering}")).StatusCode, $"{user} on a review under way");
            Assert.True(HttpStatusCode.OK == (await client.GetAsync($"/scrutiny/{reported}")).StatusCode, $"{user} on a reported review");
            var list = await client.PageAsync("/scrutiny");
            Assert.Equal(HttpStatusCode.OK, list.Status);
            Assert.Equal(reads, list.Text.Contains("Under way", StringComparison.Ordinal));
        }

        // Once it has a recommendation, the Executive reads it too: it will come to them.
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var review = await db.ScrutinyReviews.SingleAsync(r => r.Id == gathering);
            review.Recommend("Do something", ScrutinyAddressee.Leader, null, Today.AddDays(30), Today);
            return await db.SaveChangesAsync();
        });
        using var cabinet = await AsAsync(TestUsers.Cabinet);
        Assert.Equal(HttpStatusCode.OK, (await cabinet.GetAsync($"/scrutiny/{gathering}")).StatusCode);
        using var manager = await AsAsync(TestUsers.ServiceManager);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/scrutiny/{gathering}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/scrutiny/999999")).StatusCode);
    }

    [Fact]
    public async Task The_demo_shows_a_reported_review_with_an_overdue_response_to_the_Executive_Member_and_the_Head_of_Improvement_sees_it()
    {
        using var member = await AsAsync(TestUsers.ExecutiveMember);
        var home = await member.PageAsync("/what-needs-you");
        var waiting = home.Document.QuerySelector("#scrutiny-waiting")!.TextContent;
        Assert.Contains("Demo: following up an overdue inspection recommendation", waiting, StringComparison.Ordinal);
        Assert.Contains("overdue by 12 days", waiting, StringComparison.Ordinal);

        using var head = await AsAsync(TestUsers.HeadOfImprovement);
        var overview = await head.PageAsync("/home");
        Assert.Contains("Demo: following up an overdue inspection recommendation", overview.Document.QuerySelector("#scrutiny-overdue")!.TextContent, StringComparison.Ordinal);

        using var committee = await AsAsync(TestUsers.SelectCommittee);
        var list = await committee.PageAsync("/scrutiny");
        var row = list.Document.QuerySelectorAll("#reviews tbody tr").Single(r => r.TextContent.Contains("Demo: following up", StringComparison.Ordinal));
        Assert.Contains("1 overdue", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Reported", row.TextContent, StringComparison.Ordinal);
        var review = await committee.PageAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Contains("The area of concern", review.Document.QuerySelector("#review-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, review.Document.QuerySelectorAll("#recommendations tbody tr").Length);
        Assert.Contains(list.Document.QuerySelectorAll("#reviews tbody tr"), r => r.TextContent.Contains("Gathering evidence", StringComparison.Ordinal));
    }
}
