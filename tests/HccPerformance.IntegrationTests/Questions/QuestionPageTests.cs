using System.Net;
using AngleSharp.Html.Dom;
using HccPerformance.Core.Data;
using HccPerformance.Core.Questions;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Questions;

/// <summary>
/// Questions and challenge (issue 15), per role over HTTP: who may put a question on the issued report or a submitted
/// self-assessment, who answers it (a Chief Officer only their own department's, the Head of Improvement the overview's),
/// what readers see beside the section and on their home pages, and bad input (empty, too long, two answers at once).
/// </summary>
public sealed class QuestionPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Place(int ReportId, int AdultSection, int AdultId, int OtherId, int SubmittedPeriod, int? DraftPeriod);

    private async Task<Place> PlaceAsync() => await app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        // The demo's version that has reached Cabinet, so every member reads it (the later correction waits for CMT).
        var report = await db.IssuedReports.Where(r => r.Considerations.Any(c => c.Body == Core.Common.Body.PerformanceExecutiveMember))
            .OrderByDescending(r => r.IssuedUtc).Select(r => r.Id).FirstAsync();
        var adult = await db.Departments.Where(d => d.Code == "AS").Select(d => d.Id).SingleAsync();
        var other = await db.Departments.Where(d => d.Code == "ENV").Select(d => d.Id).SingleAsync();
        var section = await db.Questions.Where(q => q.IssuedReportId == report && q.DepartmentId == adult).Select(q => q.SectionIndex!.Value).FirstAsync();
        var submitted = await db.SelfAssessments.Where(a => a.DepartmentId == adult && (a.Status == AssessmentStatus.Submitted || a.Status == AssessmentStatus.Accepted))
            .OrderByDescending(a => a.ReportingPeriodId).Select(a => a.ReportingPeriodId).FirstAsync();
        var draft = await db.SelfAssessments.Where(a => a.DepartmentId == adult && (a.Status == AssessmentStatus.Draft || a.Status == AssessmentStatus.WithExecutiveMember))
            .Select(a => (int?)a.ReportingPeriodId).FirstOrDefaultAsync();
        return new Place(report, section, adult, other, submitted, draft);
    });

    private async Task<SiteClient> SignedInAsync(string user)
    {
        var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        return client;
    }

    private Task<int> CountAsync(string text) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Questions.CountAsync(q => q.Text == text));

    private Task<int> IdOfAsync(string text) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Questions.Where(q => q.Text == text).Select(q => q.Id).SingleAsync());

    private static Task<HttpResponseMessage> AskAsync(SiteClient client, Place at, int? section, string text, string kind = "Question")
    {
        var fields = new List<(string, string)> { ("Input.Kind", kind), ("Input.Text", text) };
        if (section is { } i)
        {
            fields.Add(("Input.Section", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return client.PostFormToAsync($"/reports/{at.ReportId}", $"/questions/reports/{at.ReportId}/ask", [.. fields]);
    }

    [Fact]
    public async Task Cabinet_asks_on_a_section_the_Chief_Officer_sees_it_at_home_and_answers_and_Cabinet_reads_the_answer_beside_the_section()
    {
        var at = await PlaceAsync();
        const string text = "Test question: how many people are waiting for an assessment today?";
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);

        var report = await cabinet.PageAsync($"/reports/{at.ReportId}");
        Assert.NotNull(report.Document.QuerySelector($"#department-{at.AdultSection} ~ section.questions form"));
        var asked = await AskAsync(cabinet, at, at.AdultSection, text);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.EndsWith($"/reports/{at.ReportId}#department-{at.AdultSection}", asked.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var section = (await cabinet.PageAsync($"/reports/{at.ReportId}")).Document.QuerySelector($"#questions-department-{at.AdultSection}")!.ParentElement!.TextContent;
        Assert.Contains(text, section, StringComparison.Ordinal);
        Assert.Contains("Not answered yet (asked today)", section, StringComparison.Ordinal);

        using var chief = await SignedInAsync(TestUsers.ChiefOfficer);
        var home = await chief.PageAsync("/");
        var waiting = home.Document.QuerySelector("#questions-to-answer")!.TextContent;
        Assert.Contains("Question from Cabinet member on the Adult Services section", waiting, StringComparison.Ordinal);
        Assert.Contains("asked today", waiting, StringComparison.Ordinal);
        Assert.Contains(home.Document.QuerySelectorAll(".notification, li").Select(e => e.TextContent), t => t.Contains("put a question on the Adult Services section", StringComparison.Ordinal));

        var id = await IdOfAsync(text);
        var form = await chief.PageAsync($"/questions/{id}");
        var answered = await chief.PostFormToAsync($"/questions/{id}", $"/questions/{id}/answer",
            ("Input.Answer", "Test answer: 42 people, down from 60 last quarter."), ("Input.Version", form.ValueOf("Input.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        section = (await cabinet.PageAsync($"/reports/{at.ReportId}")).Document.QuerySelector($"#questions-department-{at.AdultSection}")!.ParentElement!.TextContent;
        Assert.Contains("Answer from Chief Officer, Adult Services", section, StringComparison.Ordinal);
        Assert.Contains("42 people, down from 60", section, StringComparison.Ordinal);

        var members = await cabinet.PageAsync("/what-needs-you");
        var yours = members.Document.QuerySelector("#your-questions")!.TextContent;
        Assert.Contains(text, yours, StringComparison.Ordinal);
        Assert.Contains("42 people", yours, StringComparison.Ordinal);
        Assert.Contains("answered the question on the Adult Services section of the report that you put", members.Text, StringComparison.Ordinal);

        // Another Cabinet member (the Leader chairs Cabinet) is told too: the question was put for their body.
        using var leader = await SignedInAsync(TestUsers.Leader);
        Assert.Contains("that Cabinet member put for Cabinet", (await leader.PageAsync("/what-needs-you")).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestUsers.Cabinet, HttpStatusCode.Redirect)]
    [InlineData(TestUsers.Leader, HttpStatusCode.Redirect)]
    [InlineData(TestUsers.SelectCommittee, HttpStatusCode.Redirect)]
    [InlineData(TestUsers.PerformanceMember, HttpStatusCode.Redirect)]
    [InlineData(TestUsers.ExecutiveMember, HttpStatusCode.Redirect)]
    [InlineData(TestUsers.ChiefOfficer, HttpStatusCode.Redirect)]
    [InlineData(TestUsers.ChiefExecutive, HttpStatusCode.Redirect)]
    [InlineData(TestUsers.HeadOfImprovement, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.CpegMember, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.ServiceManager, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.PerformanceTeam, HttpStatusCode.Forbidden)]
    public async Task Members_of_CMT_Cabinet_the_Leader_Scrutiny_and_Executive_Members_put_questions_on_the_report_and_nobody_else(string user, HttpStatusCode expected)
    {
        var at = await PlaceAsync();
        var text = $"Test question from {user} on the overview";
        using var client = await SignedInAsync(user);

        var response = await AskAsync(client, at, null, text);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Redirect ? 1 : 0, await CountAsync(text));
        var report = await client.PageAsync($"/reports/{at.ReportId}");
        Assert.Equal(expected == HttpStatusCode.Redirect, report.Document.QuerySelector("#questions-overview ~ form") is not null);
        Assert.Equal(expected == HttpStatusCode.Redirect ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            (await client.GetAsync($"/questions/reports/{at.ReportId}/ask?section={at.AdultSection}")).StatusCode);
    }

    [Fact]
    public async Task A_Chief_Officer_answers_only_their_own_departments_questions_and_the_Head_of_Improvement_the_overviews()
    {
        var at = await PlaceAsync();
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);
        await AskAsync(cabinet, at, at.AdultSection, "Test question for the right Chief Officer only");
        await AskAsync(cabinet, at, null, "Test question on the overview for the Head of Improvement");
        var department = await IdOfAsync("Test question for the right Chief Officer only");
        var overview = await IdOfAsync("Test question on the overview for the Head of Improvement");

        foreach (var (user, id) in new[] { (TestUsers.HeadOfImprovement, department), (TestUsers.Cabinet, department), (TestUsers.ExecutiveMember, department),
            (TestUsers.ChiefOfficer, overview), (TestUsers.ChiefExecutive, overview) })
        {
            using var client = await SignedInAsync(user);
            var page = await client.PageAsync($"/questions/{id}");
            Assert.Null(page.Document.QuerySelector("textarea[name='Input.Answer']"));
            var refused = await client.PostFormToAsync($"/questions/{id}", $"/questions/{id}/answer", ("Input.Answer", ""), ("Input.Version", Guid.NewGuid().ToString()));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var otherChief = await SignedInAsync("chief.officer.env");
        var theirs = await otherChief.PostFormToAsync($"/questions/{department}", $"/questions/{department}/answer", ("Input.Answer", "Not mine to answer"), ("Input.Version", Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);

        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);
        Assert.Contains("Question from Cabinet member on the overview", (await head.PageAsync("/home")).Document.QuerySelector("#questions-to-answer")!.TextContent, StringComparison.Ordinal);
        var form = await head.PageAsync($"/questions/{overview}");
        var answered = await head.PostFormToAsync($"/questions/{overview}", $"/questions/{overview}/answer",
            ("Input.Answer", "Test answer on the overview"), ("Input.Version", form.ValueOf("Input.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("Answer from Head of Improvement", (await cabinet.PageAsync($"/questions/{overview}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_or_question_that_is_not_there_or_not_readable_is_the_404_page()
    {
        var at = await PlaceAsync();
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync("/questions/reports/99999/ask")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync($"/questions/reports/{at.ReportId}/ask?section=99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync("/questions/99999")).StatusCode);
        var missing = await cabinet.PostFormToAsync($"/reports/{at.ReportId}", "/questions/reports/99999/ask", ("Input.Kind", "Question"), ("Input.Text", "Test question on no report"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, await CountAsync("Test question on no report"));

        // A self-assessment's question is read by those who read the assessment's page: not Cabinet, not a Service Manager.
        var challenge = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Questions
            .Where(q => q.Subject == QuestionSubject.SelfAssessment).Select(q => q.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync($"/questions/{challenge}")).StatusCode);
        using var manager = await SignedInAsync(TestUsers.ServiceManager);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/questions/{challenge}")).StatusCode);
        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/questions/{challenge}")).StatusCode);
    }

    [Fact]
    public async Task An_empty_or_over_long_question_is_refused_beside_the_field_with_the_typing_kept()
    {
        var at = await PlaceAsync();
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);

        var empty = await Page.ReadAsync(await AskAsync(cabinet, at, at.AdultSection, "   "));
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal("Write your question or challenge", empty.ErrorFor("Input.Text"));
        Assert.Contains("There is a problem", empty.Text, StringComparison.Ordinal);

        var tooLong = "Test over-long question " + new string('x', QuestionLimits.Text);
        var refused = await Page.ReadAsync(await AskAsync(cabinet, at, at.AdultSection, tooLong, "Challenge"));
        Assert.Equal("Keep it to 2,000 characters or fewer", refused.ErrorFor("Input.Text"));
        Assert.Equal(tooLong, (refused.Document.QuerySelector("textarea[name='Input.Text']") as IHtmlTextAreaElement)!.Value);
        Assert.True((refused.Document.QuerySelector("#kind-challenge") as IHtmlInputElement)!.IsChecked);
        Assert.Contains("the Adult Services section", refused.Text, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(tooLong));
    }

    [Fact]
    public async Task Two_answers_at_once_the_second_is_shown_the_first_with_the_typing_kept_and_an_empty_answer_is_refused()
    {
        var at = await PlaceAsync();
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);
        await AskAsync(cabinet, at, at.AdultSection, "Test question answered twice at once");
        var id = await IdOfAsync("Test question answered twice at once");
        using var first = await SignedInAsync(TestUsers.ChiefOfficer);
        using var second = await SignedInAsync(TestUsers.ChiefOfficer);
        var firstForm = await first.PageAsync($"/questions/{id}");
        var secondForm = await second.PageAsync($"/questions/{id}");

        var empty = await Page.ReadAsync(await first.PostFormToAsync($"/questions/{id}", $"/questions/{id}/answer", ("Input.Answer", ""), ("Input.Version", firstForm.ValueOf("Input.Version")!)));
        Assert.Equal("Write the answer", empty.ErrorFor("Input.Answer"));
        var tooLong = await Page.ReadAsync(await first.PostFormToAsync($"/questions/{id}", $"/questions/{id}/answer",
            ("Input.Answer", new string('y', QuestionLimits.Answer + 1)), ("Input.Version", firstForm.ValueOf("Input.Version")!)));
        Assert.Equal("Keep the answer to 4,000 characters or fewer", tooLong.ErrorFor("Input.Answer"));

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormToAsync($"/questions/{id}", $"/questions/{id}/answer",
            ("Input.Answer", "The first answer"), ("Input.Version", firstForm.ValueOf("Input.Version")!))).StatusCode);
        var conflict = await Page.ReadAsync(await second.PostFormToAsync($"/questions/{id}", $"/questions/{id}/answer",
            ("Input.Answer", "The second answer, typed at the same time"), ("Input.Version", secondForm.ValueOf("Input.Version")!)));

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("answered this question while you were writing, so your answer was not saved", conflict.Text, StringComparison.Ordinal);
        Assert.Contains("The first answer", conflict.Document.QuerySelector("#their-version")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The second answer, typed at the same time", (conflict.Document.QuerySelector("textarea[name='Input.Answer']") as IHtmlTextAreaElement)!.Value);
        Assert.Equal("The first answer", await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Questions.Where(q => q.Id == id).Select(q => q.Answer).SingleAsync()));
    }

    [Fact]
    public async Task The_Executive_Member_challenges_their_own_Chief_Officer_on_a_submitted_self_assessment_and_not_on_a_draft()
    {
        var at = await PlaceAsync();
        var page = $"/departments/{at.AdultId}/self-assessments/{at.SubmittedPeriod}";
        var ask = $"/questions/self-assessments/{at.AdultId}/{at.SubmittedPeriod}/ask";
        const string text = "Test challenge: is holding steady good enough here?";
        using var member = await SignedInAsync(TestUsers.ExecutiveMember);
        Assert.NotNull((await member.PageAsync(page)).Document.QuerySelector("#questions-assessment ~ form"));

        var asked = await member.PostFormToAsync(page, ask, ("Input.Kind", "Challenge"), ("Input.Text", text));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains(text, (await member.PageAsync(page)).Document.QuerySelector("#questions-assessment")!.ParentElement!.TextContent, StringComparison.Ordinal);

        foreach (var user in new[] { "executive.member.env", TestUsers.Cabinet, TestUsers.ChiefOfficer, TestUsers.HeadOfImprovement, TestUsers.PerformanceMember })
        {
            using var other = await SignedInAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormToAsync("/", ask, ("Input.Kind", "Challenge"), ("Input.Text", text + user))).StatusCode);
            Assert.Equal(0, await CountAsync(text + user));
        }

        using var chief = await SignedInAsync(TestUsers.ChiefOfficer);
        Assert.Contains("Challenge from Executive Member, Adult Services on the Adult Services self-assessment",
            (await chief.PageAsync("/")).Document.QuerySelector("#questions-to-answer")!.TextContent, StringComparison.Ordinal);
        var id = await IdOfAsync(text);
        var form = await chief.PageAsync($"/questions/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await chief.PostFormToAsync($"/questions/{id}", $"/questions/{id}/answer",
            ("Input.Answer", "Test answer to the challenge"), ("Input.Version", form.ValueOf("Input.Version")!))).StatusCode);
        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);
        Assert.Contains("Test answer to the challenge", (await head.PageAsync(page)).Text, StringComparison.Ordinal);

        if (at.DraftPeriod is { } draft)
        {
            var draftPage = $"/departments/{at.AdultId}/self-assessments/{draft}";
            Assert.Null((await member.PageAsync(draftPage)).Document.QuerySelector("#questions-assessment ~ form"));
            var refused = await Page.ReadAsync(await member.PostFormToAsync(draftPage, $"/questions/self-assessments/{at.AdultId}/{draft}/ask",
                ("Input.Kind", "Challenge"), ("Input.Text", "Test challenge on a draft")));
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.Contains("has not submitted this self-assessment yet", refused.Text, StringComparison.Ordinal);
            Assert.Equal(0, await CountAsync("Test challenge on a draft"));
        }
    }

    [Fact]
    public async Task The_demo_shows_questions_answered_and_waiting_on_the_issued_report()
    {
        var at = await PlaceAsync();
        using var select = await SignedInAsync(TestUsers.SelectCommittee);
        var report = await select.PageAsync($"/reports/{at.ReportId}");
        var adult = report.Document.QuerySelector($"#questions-department-{at.AdultSection}")!.ParentElement!.TextContent;
        Assert.Contains("Demo question", adult, StringComparison.Ordinal);
        Assert.Contains("Answer from Chief Officer, Adult Services", adult, StringComparison.Ordinal);
        Assert.Contains("Not answered yet (asked 9 days ago)", adult, StringComparison.Ordinal);
        Assert.Contains("Demo question", (await select.PageAsync("/what-needs-you")).Document.QuerySelector("#your-questions")!.TextContent, StringComparison.Ordinal);
    }
}
