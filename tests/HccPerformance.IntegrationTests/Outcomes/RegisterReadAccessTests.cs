using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Outcomes;

/// <summary>Cabinet (and Select Committee) read benchmarking, case studies and the Aalborg scorecard, and change nothing.</summary>
public sealed class RegisterReadAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.SelectCommittee)]
    public async Task Cabinet_reads_benchmarking_case_studies_and_the_Aalborg_scorecard_and_every_change_is_refused(string userName)
    {
        var (indicator, figure, study) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var b = await db.BenchmarkResults.OrderBy(x => x.Id).FirstAsync();
            return (b.IndicatorId, b.Id, await db.CaseStudies.Select(c => c.Id).FirstAsync());
        });
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);
        var counts = await CountsAsync();

        foreach (var (path, heading) in new[]
        {
            ("/benchmarking", "Benchmarking"), ($"/benchmarking/{indicator}", null), ("/case-studies", "Community outcome case studies"),
            ($"/case-studies/{study}", null), ("/aalborg", "Aalborg scorecard"),
        })
        {
            var page = await client.PageAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotEmpty(page.H1);
            if (heading is not null)
            {
                Assert.Equal(heading, page.H1);
            }

            Assert.Empty(page.Document.QuerySelectorAll("main form[method=post]"));
        }

        foreach (var (path, fields) in new (string, (string, string)[])[]
        {
            ($"/benchmarking/{indicator}", [("Input.Year", "2009"), ("Input.Comparator", "Demo County Z"), ("Input.Value", "1")]),
            ($"/benchmarking/{indicator}/comparators/{figure}/remove", []),
            ("/benchmarking/import", []),
            ("/case-studies/new", [("Input.Title", "Demo: no")]),
            ($"/case-studies/{study}/edit", [("Input.Title", "Demo: no")]),
            ("/aalborg/edit", [("Input.Scores[0].Score", "4")]),
        })
        {
            var response = await client.PostFormToAsync("/aalborg", path, fields);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(counts, await CountsAsync());
    }

    private Task<(int, int, int, string)> CountsAsync() => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var titles = string.Join("|", await db.CaseStudies.OrderBy(c => c.Id).Select(c => c.Title).ToListAsync());
        return (await db.BenchmarkResults.CountAsync(), await db.CaseStudies.CountAsync(), await db.AalborgScores.CountAsync(), titles);
    });
}
