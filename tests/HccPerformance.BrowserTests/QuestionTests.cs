namespace HccPerformance.BrowserTests;

/// <summary>
/// Questions and challenge (issue 15), as its people use it: a Cabinet member puts a question on a department's section of
/// the issued report, that department's Chief Officer finds it on their home page and answers, and the Cabinet member reads
/// the answer beside the section. axe finds nothing to fix on each page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuestionTests(SiteFixture site)
{
    [Fact]
    public async Task Cabinet_asks_on_a_departments_section_its_Chief_Officer_answers_and_Cabinet_reads_the_answer_beside_it()
    {
        var question = $"Browser test question {Guid.NewGuid():N}: how many people wait for a care assessment?";
        const string answer = "Browser test answer: 42 today, down from 60 at the start of the quarter.";
        string reportUrl;

        await using (var cabinet = await site.OpenSessionAsync())
        {
            await cabinet.SignInAsync("cabinet");
            await cabinet.ExpectHeadingAsync("What needs you");
            // Whatever version the report is in, the member opens the latest one they read from their home page.
            await cabinet.Page.GetByRole(AriaRole.Region, new() { Name = "The council at a glance" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex(", version \\d+$") }).ClickAsync();
            reportUrl = new Uri(cabinet.Page.Url).AbsolutePath;
            var section = cabinet.Page.GetByRole(AriaRole.Region, new() { Name = "Questions and challenge on Adult Services" });
            await Expect(section).ToContainTextAsync("Demo question");

            // Sent empty: the problem beside the field, on the ask page, nothing put.
            await cabinet.SubmitAsync(section.GetByRole(AriaRole.Button, new() { Name = "Put it" }));
            await cabinet.ExpectHeadingAsync("Put a question or a challenge");
            await Expect(cabinet.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Write your question or challenge");
            await Expect(cabinet.Page.GetByLabel("Your question or challenge")).ToHaveAccessibleDescriptionAsync(new Regex("Write your question or challenge"));
            await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the ask page with an error");

            await cabinet.Page.GetByLabel("Your question or challenge").FillAsync(question);
            await cabinet.SubmitAsync(cabinet.Page.GetByRole(AriaRole.Button, new() { Name = "Put it" }));
            await Expect(cabinet.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Your question is beside the section");
            await Expect(section).ToContainTextAsync(question);
            await Expect(section).ToContainTextAsync("Not answered yet (asked today)");
            await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the issued report with its questions");
        }

        await using (var chief = await site.OpenSessionAsync())
        {
            await chief.SignInAsync("chief.officer");
            await chief.ExpectHeadingAsync("Your department this quarter: Adult Services");
            var waiting = chief.Page.GetByRole(AriaRole.Region, new() { Name = "Questions waiting for your answer" });
            await Expect(waiting).ToContainTextAsync("asked today");
            await Accessibility.AssertNoViolationsAsync(chief.Page, "the Chief Officer's home with questions to answer");
            await waiting.GetByRole(AriaRole.Link, new() { Name = "Question from Cabinet member on the Adult Services section" }).Last.ClickAsync();
            await Expect(chief.Page.GetByText(question)).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(chief.Page, "a question with the answer form");
            await chief.Page.GetByLabel("Answer", new() { Exact = true }).FillAsync(answer);
            await chief.SubmitAsync(chief.Page.GetByRole(AriaRole.Button, new() { Name = "Save the answer" }));
            await Expect(chief.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Your answer is saved");
        }

        await using var reader = await site.OpenSessionAsync();
        await reader.SignInAsync("cabinet");
        await reader.GoToAsync(reportUrl);
        var answered = reader.Page.GetByRole(AriaRole.Region, new() { Name = "Questions and challenge on Adult Services" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = question });
        await Expect(answered).ToContainTextAsync("Answer from Chief Officer, Adult Services");
        await Expect(answered).ToContainTextAsync(answer);
        await reader.GoToAsync("/what-needs-you");
        await Expect(reader.Page.GetByRole(AriaRole.Region, new() { Name = "Your questions and the answers that came back" })).ToContainTextAsync(answer);
        await Accessibility.AssertNoViolationsAsync(reader.Page, "the members' home with their questions answered");
    }
}
