using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using HccPerformance.Core.Common;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.IntegrationTests.Support;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace HccPerformance.IntegrationTests.SelfAssessments;

/// <summary>
/// A draft, and a returned assessment's unsent rewrite, is the Chief Officer's working text (issue 13): it must not leak
/// through any page, export or trail. Each person of the demo council reads every page, file and trail that shows
/// self-assessment items (see <see cref="WorkingTextSite"/> for the markers and <see cref="Surface"/> for who reads what),
/// and every marker found where that person must not read it is listed as person, address and marker, all at once.
/// <list type="bullet">
/// <item>A draft's or with-Executive-Member assessment's words (DRAFTMARKER, WITHEMMARKER): only its own department's
/// Chief Officer and Executive Member, anywhere.</item>
/// <item>A returned assessment's rewrite (REWRITEMARKER): the same.</item>
/// <item>What was last submitted (SUBMITTEDMARKER): where that person reads submitted items (<see cref="Surface"/>).</item>
/// </list>
/// So it cannot pass by showing nothing, the assessment's own page and its PDF must show its Chief Officer its words (see
/// <see cref="MustRead"/>). One database for the class, set up once; one signed-in client per person; each person is one
/// case of the theory, whose message lists every leak that person meets.
/// </summary>
public sealed partial class WorkingTextStaysPrivateTests(WorkingTextSite site, ITestOutputHelper output) : IClassFixture<WorkingTextSite>
{
    private static readonly ConcurrentDictionary<string, string> PdfTexts = new(StringComparer.Ordinal);

    public static TheoryData<string> Everyone()
    {
        var data = new TheoryData<string>();
        foreach (var person in WorkingTextSite.People)
        {
            data.Add(person.UserName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Working_text_reaches_only_its_own_Chief_Officer_and_Executive_Member(string userName)
    {
        var person = WorkingTextSite.People.Single(p => p.UserName == userName);
        var client = site.Clients[userName];
        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        var read = 0;
        var required = 0;
        var sightings = new List<string>();

        // Four at a time (the site serves a person's parallel tabs); judged in the order listed, so the message reads the same each run.
        var probes = site.Probes.Concat(await AuditProbesAsync(client)).ToList();
        var pages = new (HttpStatusCode Status, string Text)[probes.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, probes.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (i, _) => pages[i] = await ReadAsync(client, probes[i].Url));

        for (var i = 0; i < probes.Count; i++)
        {
            var (probe, (status, text)) = (probes[i], pages[i]);
            read += status == HttpStatusCode.OK ? 1 : 0;
            var seen = site.Markers.Where(m => text.Contains(m.Text, StringComparison.Ordinal)).ToList();
            foreach (var marker in seen.Where(m => !MayRead(person, m, probe.Surface)))
            {
                problems.Add($"LEAK  {person}: GET {probe.Url} ({(int)status}) shows {marker}");
            }

            if (seen.Where(m => MayRead(person, m, probe.Surface)).Select(m => m.Text).ToList() is { Count: > 0 } allowed)
            {
                sightings.Add($"{probe.Url}: {string.Join(", ", allowed)}");
            }

            if (probe.AssessmentPage is { } assessment && MustRead(person, assessment) is { } expected)
            {
                required++;
                if (!text.Contains(expected.Text, StringComparison.Ordinal))
                {
                    problems.Add($"MISSING  {person}: GET {probe.Url} ({(int)status}) does not show {expected}, which this person must read there");
                }
            }
        }

        output.WriteLine($"{person}: {probes.Count} addresses read in {clock.ElapsedMilliseconds} ms, {read} answered 200, "
            + $"{required} had to show the assessment's words. Set-up: {site.SetUpTimes}.");
        output.WriteLine($"Markers this person may read, and where they were read: {string.Join("; ", sightings)}");
        Assert.True(problems.Count == 0, $"{problems.Count} problems for {person}:\n{string.Join("\n", problems)}");
    }

    /// <summary>The rule: working text for its own Chief Officer and Executive Member only; what was submitted where submitted items are read.</summary>
    public static bool MayRead(Person person, Marker marker, Surface surface)
    {
        if (person.Owns(marker.Department))
        {
            return true;
        }

        if (marker.Kind != MarkerKind.Submitted)
        {
            return false;
        }

        return surface switch
        {
            Surface.Assessment => person.Role is Roles.HeadOfImprovement or Roles.CpegMember or Roles.ChiefExecutive,
            Surface.Officer => person.Role is not (Roles.Cabinet or Roles.SelectCommittee),
            _ => true,
        };
    }

    /// <summary>
    /// On the assessment's own page and its PDF, so the test cannot pass by showing nothing: its Chief Officer reads its words as they
    /// are now (a draft, a rewrite), its Executive Member the one sent to them, and the Head of Improvement, CPEG and the
    /// Chief Executive read what was last submitted.
    /// </summary>
    private static Marker? MustRead(Person person, MarkedAssessment assessment) =>
        person.Owns(assessment.Department) && person.Role == Roles.ChiefOfficer ? assessment.Live
        : person.Owns(assessment.Department) ? (assessment.Status is AssessmentStatus.WithExecutiveMember or AssessmentStatus.Submitted ? assessment.Live : null)
        : person.Role is Roles.HeadOfImprovement or Roles.CpegMember or Roles.ChiefExecutive ? assessment.LastSubmitted
        : null;

    /// <summary>The audit trail's pages of self-assessments, their items and versions (and its first page of everything), for whoever may open it.</summary>
    private static async Task<List<Probe>> AuditProbesAsync(SiteClient client)
    {
        var probes = new List<Probe> { new("/audit", Surface.Assessment) };
        foreach (var type in new[] { nameof(SelfAssessment), nameof(AssessmentItem), nameof(AssessmentVersion) })
        {
            var first = $"/audit?entityType={type}";
            probes.Add(new Probe(first, Surface.Assessment));
            var (status, text) = await ReadAsync(client, first);
            if (status == HttpStatusCode.OK && PageCount().Match(text) is { Success: true } match)
            {
                var pages = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                probes.AddRange(Enumerable.Range(2, Math.Max(0, pages - 1)).Select(p => new Probe($"{first}&page={p}", Surface.Assessment)));
            }
        }

        return probes;
    }

    /// <summary>GET, following redirects, and the words a person would read: the page's HTML, a PDF's text, a workbook's cells.</summary>
    private static async Task<(HttpStatusCode Status, string Text)> ReadAsync(SiteClient client, string url)
    {
        var response = await client.GetAsync(url);
        for (var hops = 0; response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && hops < 5; hops++)
        {
            response = await client.GetAsync(response.Headers.Location!.OriginalString);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            // Issued reports are the same bytes for everyone: read each file once.
            return (response.StatusCode, PdfTexts.GetOrAdd(Convert.ToHexString(SHA256.HashData(bytes)), _ =>
            {
                using var pdf = PdfDocument.Open(bytes);
                return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            }));
        }

        if (bytes.AsSpan().StartsWith("PK"u8))
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var text = new StringBuilder();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                text.Append(await reader.ReadToEndAsync());
            }

            return (response.StatusCode, text.ToString());
        }

        return (response.StatusCode, Encoding.UTF8.GetString(bytes));
    }

    [GeneratedRegex(@"page \d+ of (\d+)")]
    private static partial Regex PageCount();
}
