using System.Net;
using HccPerformance.Core.Inspections;
using HccPerformance.IntegrationTests.Indicators;
using HccPerformance.IntegrationTests.Support;
using static HccPerformance.IntegrationTests.Inspections.InspectionSite;

namespace HccPerformance.IntegrationTests.Inspections;

/// <summary>
/// Progress on recommendations: the Chief Officer of the recommendation's department (theirs only) and the Performance Team
/// record it; completing needs evidence; a stale save is refused. Each test works on its own demo recommendation, since they
/// share one database.
/// </summary>
public sealed class RecommendationProgressTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string EnvironmentChief = "chief.officer.env";

    [Fact]
    public async Task The_Chief_Officer_of_Environment_completes_an_Environment_recommendation_with_evidence()
    {
        var recommendation = await app.RecommendationAsync("Agree a winter maintenance plan with the district councils");
        Assert.NotEqual(RecommendationStatus.Complete, recommendation.Status);
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(EnvironmentChief);
        var path = $"/inspections/recommendations/{recommendation.Id}";
        var form = await officer.PageAsync(path);
        Assert.NotNull(form.Document.QuerySelector($"form[action='{path}']"));
        var before = await officer.PageAsync("/inspections");
        var completeBefore = (await app.AllRecommendationsAsync()).Count(r => r.Status == RecommendationStatus.Complete);

        var fields = form.FormFields("Progress.Evidence");
        fields["Progress.Status"] = "Complete";
        fields["Progress.Evidence"] = "Winter maintenance plan signed by all seven district councils (integration test).";
        var page = await officer.FollowAsync(await officer.PostFormAsync(path, fields));

        Assert.Equal($"/inspections/{recommendation.InspectionId}", page.Path);
        Assert.StartsWith("Recommendation 5 is marked as complete", page.Status(), StringComparison.Ordinal);
        var row = page.Document.QuerySelector($"#recommendation-{recommendation.Id}")!;
        Assert.Contains("Complete", row.QuerySelector(".tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("signed by all seven district councils", row.TextContent, StringComparison.Ordinal);
        var saved = await app.RecommendationAsync(recommendation.Id);
        Assert.Equal(RecommendationStatus.Complete, saved.Status);
        Assert.Equal(TodayOf(app), saved.CompletedOn);
        Assert.Equal("Winter maintenance plan signed by all seven district councils (integration test).", saved.Evidence);
        Assert.Equal(EnvironmentChief, saved.ModifiedBy);

        var after = await officer.PageAsync("/inspections");
        var all = await app.AllRecommendationsAsync();
        Assert.Equal(completeBefore + 1, all.Count(r => r.Status == RecommendationStatus.Complete));
        Assert.Contains($"{completeBefore + 1} of {all.Count} recommendations complete", after.Document.QuerySelector("#share-complete")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(before.Document.QuerySelector("#share-complete")!.TextContent, after.Document.QuerySelector("#share-complete")!.TextContent);
    }

    [Fact]
    public async Task Completing_without_evidence_is_refused_beside_the_field_and_nothing_is_written()
    {
        var recommendation = await app.RecommendationAsync("Monitor the street lighting PFI contractor");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(EnvironmentChief);
        var path = $"/inspections/recommendations/{recommendation.Id}";
        var fields = (await officer.PageAsync(path)).FormFields("Progress.Evidence");

        fields["Progress.Status"] = "Complete";
        fields["Progress.Evidence"] = "   ";
        var response = await officer.PostFormAsync(path, fields);
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Give the evidence that the recommendation is complete", page.ErrorFor("Progress.Evidence"));
        Assert.Contains("Give the evidence that the recommendation is complete", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal("Complete", page.FormFields("Progress.Evidence")["Progress.Status"]);
        var unchanged = await app.RecommendationAsync(recommendation.Id);
        Assert.Equal((recommendation.Status, recommendation.Evidence, recommendation.Version), (unchanged.Status, unchanged.Evidence, unchanged.Version));

        var noStatus = await Page.ReadAsync(await officer.PostFormToAsync(path, path, ("Progress.Version", recommendation.Version.ToString())));
        Assert.Equal("Choose Not started, In progress or Complete", noStatus.ErrorFor("Progress.Status"));
        Assert.Equal(recommendation.Version, (await app.RecommendationAsync(recommendation.Id)).Version);
    }

    [Fact]
    public async Task A_Chief_Officer_may_not_update_another_departments_recommendation()
    {
        var adults = await app.RecommendationAsync("Develop extra care housing");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(EnvironmentChief);
        var path = $"/inspections/recommendations/{adults.Id}";

        var page = await officer.PageAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector($"form[action='{path}']"));
        Assert.Null(page.Document.QuerySelector("#Progress_Evidence"));

        var response = await officer.PostFormToAsync(path, path,
            ("Progress.Status", "Complete"), ("Progress.Evidence", "Not mine to say"), ("Progress.Version", adults.Version.ToString()));
        var invalid = await officer.PostFormToAsync(path, path, ("Progress.Status", "Complete"), ("Progress.Version", adults.Version.ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, invalid.StatusCode);
        var unchanged = await app.RecommendationAsync(adults.Id);
        Assert.Equal((adults.Status, adults.Evidence, adults.Version), (unchanged.Status, unchanged.Evidence, unchanged.Version));
    }

    [Fact]
    public async Task The_Chief_Officer_of_Adult_Services_updates_their_own()
    {
        var adults = await app.RecommendationAsync("Publish information about services in accessible formats");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.ChiefOfficer);
        var path = $"/inspections/recommendations/{adults.Id}";
        var fields = (await officer.PageAsync(path)).FormFields("Progress.Evidence");

        fields["Progress.Status"] = "InProgress";
        fields["Progress.Evidence"] = "Easy read leaflets drafted with the learning disability partnership board.";
        var page = await officer.FollowAsync(await officer.PostFormAsync(path, fields));

        Assert.EndsWith("is saved: in progress.", page.Status(), StringComparison.Ordinal);
        var saved = await app.RecommendationAsync(adults.Id);
        Assert.Equal(RecommendationStatus.InProgress, saved.Status);
        Assert.Null(saved.CompletedOn);
    }

    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.SelectCommittee)]
    [InlineData(TestUsers.ExecutiveMember)]
    [InlineData(TestUsers.HeadOfImprovement)]
    [InlineData(TestUsers.ServiceManager)]
    public async Task Others_read_a_recommendation_but_may_not_post_progress_or_reschedule(string user)
    {
        var recommendation = await app.RecommendationAsync("Clear the backlog of reported defects");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        var path = $"/inspections/recommendations/{recommendation.Id}";

        var page = await client.PageAsync(path);
        var inspection = await client.PageAsync($"/inspections/{recommendation.InspectionId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(HttpStatusCode.OK, inspection.Status);
        Assert.Contains("Clear the backlog of reported defects", page.Document.QuerySelector("#recommendation-text")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main form"));

        var progress = await client.PostFormToAsync(path, path,
            ("Progress.Status", "Complete"), ("Progress.Evidence", "Looks done"), ("Progress.Version", recommendation.Version.ToString()));
        var reschedule = await client.PostFormToAsync(path, $"{path}/reschedule",
            ("Reschedule.DueOn", Iso(TodayOf(app).AddMonths(6))), ("Reschedule.Version", recommendation.Version.ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, progress.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reschedule.StatusCode);
        Assert.Equal(recommendation.Version, (await app.RecommendationAsync(recommendation.Id)).Version);
    }

    [Fact]
    public async Task The_Performance_Team_reschedules_but_never_before_the_inspection_reported()
    {
        var recommendation = await app.RecommendationAsync("Report value for money comparisons");
        var inspection = await app.InspectionAsync(recommendation.InspectionId);
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var path = $"/inspections/recommendations/{recommendation.Id}";
        var fields = (await team.PageAsync(path)).FormFields("Reschedule.DueOn");

        fields["Reschedule.DueOn"] = Iso(inspection.ReportedOn.AddDays(-1));
        var refused = await Page.ReadAsync(await team.PostFormAsync(path, fields, $"{path}/reschedule"));
        Assert.Equal("The due date cannot be before the inspection reported", refused.ErrorFor("Reschedule.DueOn"));
        Assert.Equal(recommendation.DueOn, (await app.RecommendationAsync(recommendation.Id)).DueOn);

        var newDate = TodayOf(app).AddMonths(2);
        fields["Reschedule.DueOn"] = Iso(newDate);
        var page = await team.FollowAsync(await team.PostFormAsync(path, fields, $"{path}/reschedule"));
        Assert.Equal($"The recommendation is now due on {newDate.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}.", page.Status());
        var saved = await app.RecommendationAsync(recommendation.Id);
        Assert.Equal(newDate, saved.DueOn);
        Assert.False(saved.IsOverdue(TodayOf(app)));
    }

    [Fact]
    public async Task A_stale_progress_update_is_refused_showing_the_other_version_and_keeping_what_was_typed()
    {
        var recommendation = await app.RecommendationAsync("Set out how the council will reduce carbon emissions");
        using var officer = app.CreateSiteClient();
        using var team = app.CreateSiteClient();
        await officer.SignInAsync(EnvironmentChief);
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var path = $"/inspections/recommendations/{recommendation.Id}";
        var mine = (await officer.PageAsync(path)).FormFields("Progress.Evidence");
        var theirs = (await team.PageAsync(path)).FormFields("Progress.Evidence");

        theirs["Progress.Status"] = "InProgress";
        theirs["Progress.Evidence"] = "Carbon management plan commissioned from the Carbon Trust (demo).";
        await team.FollowAsync(await team.PostFormAsync(path, theirs));
        mine["Progress.Status"] = "Complete";
        mine["Progress.Evidence"] = "Carbon reduction plan agreed by Cabinet.";
        var response = await officer.PostFormAsync(path, mine);
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed this recommendation while you were editing it", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Carbon Trust", page.Document.QuerySelector("[aria-labelledby=their-version]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Carbon reduction plan agreed by Cabinet.", page.TextAreaValue("Progress.Evidence"));
        Assert.Equal("Complete", page.FormFields("Progress.Evidence")["Progress.Status"]);
        var kept = await app.RecommendationAsync(recommendation.Id);
        Assert.Equal(RecommendationStatus.InProgress, kept.Status);
        Assert.Equal(kept.Version.ToString(), page.FormFields("Progress.Evidence")["Progress.Version"]);

        // Having seen theirs, saving again replaces it on purpose.
        await officer.FollowAsync(await officer.PostFormAsync(path, page.FormFields("Progress.Evidence")));
        var replaced = await app.RecommendationAsync(recommendation.Id);
        Assert.Equal((RecommendationStatus.Complete, "Carbon reduction plan agreed by Cabinet."), (replaced.Status, replaced.Evidence));
    }
}
