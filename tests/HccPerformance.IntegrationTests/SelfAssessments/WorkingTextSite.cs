using System.Globalization;
using System.Net;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.SelfAssessments;

/// <summary>What a marker word stands for: the assessment's working text, or what it last submitted.</summary>
public enum MarkerKind
{
    /// <summary>A draft's words: the Chief Officer's and Executive Member's only.</summary>
    Draft,

    /// <summary>The words of one with the Executive Member: still only theirs and the Chief Officer's.</summary>
    WithExecutiveMember,

    /// <summary>What was last submitted (of a submitted or returned assessment): read where submitted items are read.</summary>
    Submitted,

    /// <summary>A returned assessment's unsent rewrite: the Chief Officer's working text again.</summary>
    Rewrite,
}

/// <summary>
/// How much of the site shows a self-assessment's submitted words (working text is never shown on any of them to anyone
/// but the department's Chief Officer and Executive Member).
/// </summary>
public enum Surface
{
    /// <summary>
    /// The assessment itself: its page, PDF and comparisons, the concern form that quotes an item, the department and home
    /// pages, and the audit trail (which copies every word written). Read by its department, the Head of Improvement, CPEG
    /// and the Chief Executive; everyone else is refused its page, so must not read its words here either (the
    /// Performance Team on the concern form, the Administrator in the audit trail).
    /// </summary>
    Assessment,

    /// <summary>What a plan area, an indicator or a corporate risk says about itself, and the register's outstanding risks: submitted items for every officer, not Cabinet or Select Committee members.</summary>
    Officer,

    /// <summary>The dashboard, the Head of Improvement's collation and previews, issued reports and exports: submitted items for whoever reaches the page.</summary>
    Published,
}

public sealed record Marker(string Text, string Department, MarkerKind Kind, string AssessmentPath)
{
    public override string ToString() => $"{Text} ({Kind switch
    {
        MarkerKind.Draft => "a draft's words",
        MarkerKind.WithExecutiveMember => "words of one with the Executive Member",
        MarkerKind.Submitted => "last submitted words",
        _ => "a returned assessment's unsent rewrite",
    }}, {Department}, {AssessmentPath})";
}

/// <summary>A self-assessment the set-up filled with markers: the words it holds now, and what it last submitted.</summary>
public sealed record MarkedAssessment(string Department, int DepartmentId, int PeriodId, AssessmentStatus Status, Marker Live, Marker? LastSubmitted)
{
    public string Path => SelfAssessmentService.LinkTo(DepartmentId, PeriodId);
}

public sealed record Probe(string Url, Surface Surface, MarkedAssessment? AssessmentPage = null);

public sealed record Person(string UserName, string Role, string? Department)
{
    public bool Owns(string department) => Department == department && Role is Roles.ChiefOfficer or Roles.ExecutiveMember;

    public override string ToString() => $"{UserName} ({Roles.DisplayName(Role)}{(Department is null ? "" : ", " + Department)})";
}

/// <summary>
/// The demo council with marker words in self-assessments at every stage, written the way people write them (through
/// the site: the Chief Officer writes and links, the Executive Member sends back or confirms, the Head of Improvement
/// returns and issues), and one signed-in client per person. One database for the whole test class.
/// <list type="bullet">
/// <item>This quarter (the demo's own states): Environment a draft, Children's Services with its Executive Member,
/// Property, Business and Regulatory returned (resubmitted with SUBMITTEDMARKER, returned again, rewritten with REWRITEMARKER).</item>
/// <item>Two earlier quarters nobody had written for (opened by the Administrator): Environment with its Executive
/// Member and returned, Children's Services returned and a draft, Property a draft and with its Executive Member, and
/// Culture, Communities and Rural Affairs plainly submitted.</item>
/// </list>
/// Every item (strength, area for improvement, outstanding risk, action), the statement and the trade-offs carry the
/// marker, and every item is linked to a plan area, an indicator and a corporate risk of its department.
/// </summary>
public sealed class WorkingTextSite : IAsyncLifetime
{
    public const string Salt = "7f3a";

    public static readonly IReadOnlyList<Person> People =
    [
        new("chief.officer.env", Roles.ChiefOfficer, "ENV"),
        new("executive.member.env", Roles.ExecutiveMember, "ENV"),
        new("chief.officer.cs", Roles.ChiefOfficer, "CS"),
        new("executive.member.cs", Roles.ExecutiveMember, "CS"),
        new("chief.officer.pbr", Roles.ChiefOfficer, "PBR"),
        new("executive.member.pbr", Roles.ExecutiveMember, "PBR"),
        new(TestUsers.ChiefOfficer, Roles.ChiefOfficer, "AS"),
        new(TestUsers.ExecutiveMember, Roles.ExecutiveMember, "AS"),
        new(TestUsers.ServiceManager, Roles.ServiceManager, "ENV"),
        new(TestUsers.HeadOfImprovement, Roles.HeadOfImprovement, null),
        new(TestUsers.CpegMember, Roles.CpegMember, null),
        new(TestUsers.ChiefExecutive, Roles.ChiefExecutive, null),
        new(TestUsers.PerformanceTeam, Roles.PerformanceTeam, null),
        new(TestUsers.PerformanceMember, Roles.PerformanceExecutiveMember, null),
        new(TestUsers.Cabinet, Roles.Cabinet, null),
        new(TestUsers.SelectCommittee, Roles.SelectCommittee, null),
        new(TestUsers.Admin, Roles.Administrator, null),
    ];

    private static readonly string[] MarkedDepartments = ["ENV", "CS", "PBR", "CCRA"];

    private readonly Dictionary<string, SiteClient> clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> departmentIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Area, int Indicator, int Risk)> targets = new(StringComparer.Ordinal);
    private readonly List<MarkedAssessment> assessments = [];
    private readonly List<Probe> probes = [];

    public AppFactory App { get; } = new LivePlanAppFactory();

    public IReadOnlyDictionary<string, SiteClient> Clients => clients;

    public IReadOnlyList<MarkedAssessment> Assessments => assessments;

    public IReadOnlyList<Marker> Markers { get; private set; } = [];

    public IReadOnlyList<Probe> Probes => probes;

    /// <summary>How long each part of the set-up took, for the test's output.</summary>
    public string SetUpTimes { get; private set; } = "";

    public static string Token(MarkerKind kind, string department) => kind switch
    {
        MarkerKind.Draft => "DRAFTMARKER",
        MarkerKind.WithExecutiveMember => "WITHEMMARKER",
        MarkerKind.Submitted => "SUBMITTEDMARKER",
        _ => "REWRITEMARKER",
    } + Salt + department;

    async Task IAsyncLifetime.InitializeAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var times = new List<string>();
        void Lap(string what)
        {
            times.Add($"{what} {started.ElapsedMilliseconds} ms");
            started.Restart();
        }

        await ((IAsyncLifetime)App).InitializeAsync();
        Lap("site started and seeded");
        // The Administrator first: the second factor is checked against the clock of the moment.
        clients[TestUsers.Admin] = await App.AdminClientAsync();
        // Culture, Communities and Rural Affairs' Chief Officer and Executive Member only write its submitted assessment.
        var names = People.Where(p => p.UserName != TestUsers.Admin).Select(p => p.UserName).Concat(["chief.officer.ccra", "executive.member.ccra"]).ToList();
        var signedIn = names.Zip(await Task.WhenAll(names.Select(SignedInAsync))).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        foreach (var person in People.Where(p => p.UserName != TestUsers.Admin))
        {
            clients[person.UserName] = signedIn[person.UserName];
        }

        using var officerCcra = signedIn["chief.officer.ccra"];
        using var memberCcra = signedIn["executive.member.ccra"];
        var setUpClients = new Dictionary<string, SiteClient>(signedIn, StringComparer.Ordinal) { [TestUsers.Admin] = clients[TestUsers.Admin] };
        Lap("everyone signed in");

        foreach (var code in MarkedDepartments.Append("AS"))
        {
            departmentIds[code] = await App.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());
        }

        foreach (var code in MarkedDepartments)
        {
            targets[code] = await TargetsAsync(code);
        }

        var (current, earlier, earliest, next) = await PeriodsAsync();
        foreach (var period in new[] { earlier, earliest })
        {
            await OpenAsync(clients[TestUsers.Admin], period);
        }

        var writer = new Writer(this, setUpClients);
        // This quarter, from the demo's own states.
        assessments.Add(await writer.DraftAsync("ENV", current));
        assessments.Add(await writer.WithExecutiveMemberAsync("CS", current));
        assessments.Add(await writer.ReturnedAsync("PBR", current));
        // Two quarters nobody had written.
        assessments.Add(await writer.WithExecutiveMemberAsync("ENV", earlier));
        assessments.Add(await writer.ReturnedAsync("CS", earlier));
        assessments.Add(await writer.DraftAsync("PBR", earlier));
        assessments.Add(await writer.SubmittedAsync("CCRA", earlier));
        assessments.Add(await writer.ReturnedAsync("ENV", earliest));
        assessments.Add(await writer.DraftAsync("CS", earliest));
        assessments.Add(await writer.WithExecutiveMemberAsync("PBR", earliest));
        Lap("markers written");
        Markers = [.. assessments.SelectMany(a => a.LastSubmitted is { } submitted ? new[] { a.Live, submitted } : [a.Live]).Distinct()];

        foreach (var a in assessments)
        {
            var status = await StatusAsync(a.DepartmentId, a.PeriodId);
            if (status != a.Status)
            {
                throw new InvalidOperationException($"Set-up: {a.Path} is {status}, not {a.Status}.");
            }
        }

        // The Head of Improvement issues each quarter's report, the not-yet-accepted departments marked "not received".
        var issued = new List<int>();
        foreach (var period in new[] { current, earlier, earliest })
        {
            var path = $"/collation/{S(period)}/issue";
            var response = await writer.StepAsync(clients[TestUsers.HeadOfImprovement], path, path, $"issue the report for period {S(period)}", ("confirmNotReceived", "true"));
            issued.Add(int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture));
        }

        Lap("reports issued");
        var allIssued = await App.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IssuedReports.Select(r => r.Id).ToListAsync());
        probes.AddRange(await ProbesAsync([current, earlier, earliest], next, allIssued));
        Lap("addresses listed");
        SetUpTimes = string.Join(", ", times);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        await ((IAsyncLifetime)App).DisposeAsync();
    }

    private async Task<SiteClient> SignedInAsync(string userName)
    {
        var client = App.CreateSiteClient();
        var response = await client.SignInAsync(userName);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Set-up: {userName} could not sign in ({response.StatusCode}).");
        }

        return client;
    }

    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    private Task<AssessmentStatus?> StatusAsync(int departmentId, int periodId) => App.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().SelfAssessments
        .Where(a => a.DepartmentId == departmentId && a.ReportingPeriodId == periodId).Select(a => (AssessmentStatus?)a.Status).SingleOrDefaultAsync());

    /// <summary>This quarter, the two latest earlier quarters none of the marked departments has written for, and next quarter if it exists.</summary>
    private async Task<(int Current, int Earlier, int Earliest, int? Next)> PeriodsAsync()
    {
        var ids = MarkedDepartments.Select(c => departmentIds[c]).ToList();
        return await App.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var current = (await s.GetRequiredService<ReportingPeriodService>().CurrentAsync())!;
            var periods = await db.ReportingPeriods.AsNoTracking().Select(p => new { p.Id, p.FinancialYear, p.Quarter }).ToListAsync();
            var written = await db.SelfAssessments.AsNoTracking().Where(a => ids.Contains(a.DepartmentId)).Select(a => a.ReportingPeriodId).Distinct().ToListAsync();
            var empty = periods.Where(p => (p.FinancialYear, p.Quarter).CompareTo((current.FinancialYear, current.Quarter)) < 0 && !written.Contains(p.Id))
                .OrderByDescending(p => p.FinancialYear).ThenByDescending(p => p.Quarter).Take(2).ToList();
            var (nextYear, nextQuarter) = current.Quarter == 4 ? (current.FinancialYear + 1, 1) : (current.FinancialYear, current.Quarter + 1);
            var next = periods.SingleOrDefault(p => p.FinancialYear == nextYear && p.Quarter == nextQuarter)?.Id;
            return (current.Id, empty[0].Id, empty[1].Id, next);
        });
    }

    /// <summary>What a department's items are about: one of its plan areas (Environment's is Waste), indicators and open corporate risks.</summary>
    private Task<(int Area, int Indicator, int Risk)> TargetsAsync(string code) => App.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var department = departmentIds[code];
        var areas = db.PriorityAreas.AsNoTracking().Where(a => a.Plan!.IsCurrent && !a.IsRetired);
        var area = code == "ENV"
            ? await areas.Where(a => a.ShortName == "Waste").Select(a => a.Id).SingleAsync()
            : await areas.Where(a => a.AccountableDepartmentId == department).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync()
                ?? await areas.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var indicator = await db.Indicators.AsNoTracking().Where(i => i.DepartmentId == department).OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefaultAsync()
            ?? await db.Indicators.AsNoTracking().OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        var risks = db.Risks.AsNoTracking().Where(r => r.ClosedOn == null);
        var risk = await risks.Where(r => r.DepartmentId == department).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync()
            ?? await risks.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        return (area, indicator, risk);
    });

    private static async Task OpenAsync(SiteClient admin, int periodId)
    {
        var path = $"/admin/reporting-periods/{S(periodId)}/edit";
        var form = await admin.PageAsync(path);
        var response = await admin.PostFormAsync(path, ("Input.Deadline", form.ValueOf("Input.Deadline")!), ("Input.IsOpen", "true"), ("Input.Version", form.ValueOf("Input.Version")!));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Set-up: the Administrator could not open period {S(periodId)} ({response.StatusCode}).");
        }
    }

    /// <summary>Every page, file and trail that shows self-assessment items, as addresses each person asks for.</summary>
    private async Task<List<Probe>> ProbesAsync(int[] periods, int? next, List<int> issued)
    {
        var list = new List<Probe>();
        var items = await App.WithScopeAsync(s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            return db.Set<AssessmentItem>().AsNoTracking()
                .Join(db.SelfAssessments.AsNoTracking(), i => i.SelfAssessmentId, a => a.Id, (i, a) => new { i.Id, a.DepartmentId, a.ReportingPeriodId })
                .ToListAsync();
        });
        var markedPlaces = assessments.Select(a => (a.DepartmentId, a.PeriodId)).ToHashSet();

        // The assessments themselves: page, PDF, comparisons, and the Chief Officer's writing pages.
        foreach (var a in assessments)
        {
            list.Add(new Probe(a.Path, Surface.Assessment, a));
            list.Add(new Probe(a.Path + "/pdf", Surface.Assessment, a));
            foreach (var tail in new[] { "/compare?from=1", "/compare?previousQuarter=true", "/edit", "/send", "/links" })
            {
                list.Add(new Probe(a.Path + tail, Surface.Assessment));
            }
        }

        // The quarter after each marked one compares itself with it.
        foreach (var code in MarkedDepartments)
        {
            var after = await App.WithScopeAsync(async s =>
            {
                var db = s.GetRequiredService<AppDbContext>();
                var all = await db.ReportingPeriods.AsNoTracking().OrderBy(p => p.FinancialYear).ThenBy(p => p.Quarter).Select(p => p.Id).ToListAsync();
                return periods.Select(p => all.IndexOf(p) + 1).Where(i => i < all.Count).Select(i => all[i]).ToList();
            });
            foreach (var period in after.Where(p => !markedPlaces.Contains((departmentIds[code], p))))
            {
                list.Add(new Probe(SelfAssessmentService.LinkTo(departmentIds[code], period) + "/compare?previousQuarter=true", Surface.Assessment));
            }
        }

        // The raise form fills itself from the item named in the address.
        foreach (var item in items.Where(i => markedPlaces.Contains((i.DepartmentId, i.ReportingPeriodId))).OrderBy(i => i.Id))
        {
            list.Add(new Probe($"/concerns/new?source=SelfAssessmentItem&sourceId={S(item.Id)}", Surface.Assessment));
        }

        foreach (var path in new[] { "/", "/home", "/self-assessments/tracker", "/indicators/mine", "/concerns", "/cpeg" })
        {
            list.Add(new Probe(path, Surface.Assessment));
        }

        foreach (var code in MarkedDepartments.Append("AS"))
        {
            list.Add(new Probe($"/departments/{S(departmentIds[code])}", Surface.Assessment));
        }

        // What plan areas, indicators and risks say about themselves, and the self-assessments' outstanding risks.
        foreach (var (area, indicator, risk) in targets.Values)
        {
            list.Add(new Probe($"/plan/areas/{S(area)}", Surface.Officer));
            list.Add(new Probe($"/indicators/{S(indicator)}", Surface.Officer));
            list.Add(new Probe($"/risks/{S(risk)}", Surface.Officer));
        }

        foreach (var path in new[] { "/emerging-risks", "/risks", "/registers", "/indicators" })
        {
            list.Add(new Probe(path, Surface.Officer));
        }

        foreach (var code in MarkedDepartments)
        {
            list.Add(new Probe($"/emerging-risks?department={S(departmentIds[code])}", Surface.Officer));
        }

        // The dashboard, each marked quarter, whole council and each department.
        list.Add(new Probe("/dashboard", Surface.Published));
        foreach (var period in periods)
        {
            list.Add(new Probe($"/dashboard?period={S(period)}", Surface.Published));
            foreach (var code in MarkedDepartments)
            {
                list.Add(new Probe($"/dashboard?period={S(period)}&department={S(departmentIds[code])}", Surface.Published));
            }
        }

        // The Head of Improvement's collation and previews, and the issued reports.
        list.Add(new Probe("/collation", Surface.Published));
        foreach (var period in periods)
        {
            var p = $"/collation/{S(period)}";
            foreach (var tail in new[] { "", "/overview", "/themes", "/exceptions", "/preview", "/preview/pdf", "/issue" })
            {
                list.Add(new Probe(p + tail, Surface.Published));
            }

            foreach (var code in MarkedDepartments)
            {
                list.Add(new Probe($"{p}/departments/{S(departmentIds[code])}", Surface.Published));
            }
        }

        list.Add(new Probe("/reports", Surface.Published));
        foreach (var id in issued)
        {
            list.Add(new Probe($"/reports/{S(id)}", Surface.Published));
            list.Add(new Probe($"/reports/{S(id)}/pdf", Surface.Published));
        }

        // Exports and CPEG's report to CMT (concerns quote the items they were raised from).
        foreach (var path in new[] { "/plan", "/plan/export.csv", "/plan/export.xlsx", "/cpeg/report", "/cpeg/report.csv", "/cpeg/report.pdf" })
        {
            list.Add(new Probe(path, Surface.Published));
        }

        if (next is { } n)
        {
            foreach (var code in MarkedDepartments)
            {
                list.Add(new Probe(SelfAssessmentService.LinkTo(departmentIds[code], n) + "/compare?previousQuarter=true", Surface.Assessment));
            }
        }

        return [.. list.DistinctBy(p => p.Url)];
    }

    /// <summary>Writes, links and moves self-assessments on through the site, as each person would.</summary>
    private sealed class Writer(WorkingTextSite site, IReadOnlyDictionary<string, SiteClient> clients)
    {
        private SiteClient Officer(string code) => clients[code == "AS" ? TestUsers.ChiefOfficer : $"chief.officer.{code.ToLowerInvariant()}"];

        private SiteClient Member(string code) => clients[code == "AS" ? TestUsers.ExecutiveMember : $"executive.member.{code.ToLowerInvariant()}"];

        private SiteClient Head => clients[TestUsers.HeadOfImprovement];

        public async Task<MarkedAssessment> DraftAsync(string code, int period)
        {
            var (department, path) = Place(code, period);
            var token = Token(MarkerKind.Draft, code);
            await WriteAndLinkAsync(code, department, period, token);
            return new MarkedAssessment(code, department, period, AssessmentStatus.Draft, new Marker(token, code, MarkerKind.Draft, path), null);
        }

        public async Task<MarkedAssessment> WithExecutiveMemberAsync(string code, int period)
        {
            var (department, path) = Place(code, period);
            if (await site.StatusAsync(department, period) == AssessmentStatus.WithExecutiveMember)
            {
                await StepAsync(Member(code), path, path + "/send-back", "send it back to the Chief Officer",
                    ("Input.Version", await VersionAsync(department, period)), ("Input.Comment", "Please say more about missed collections."));
            }

            var token = Token(MarkerKind.WithExecutiveMember, code);
            await WriteAndLinkAsync(code, department, period, token);
            await StepAsync(Officer(code), path + "/send", path + "/send", "send it to the Executive Member", ("Input.Version", await VersionAsync(department, period)));
            return new MarkedAssessment(code, department, period, AssessmentStatus.WithExecutiveMember, new Marker(token, code, MarkerKind.WithExecutiveMember, path), null);
        }

        public async Task<MarkedAssessment> SubmittedAsync(string code, int period)
        {
            var (department, path) = Place(code, period);
            var token = Token(MarkerKind.Submitted, code);
            await SubmitAsync(code, department, period, token);
            var marker = new Marker(token, code, MarkerKind.Submitted, path);
            return new MarkedAssessment(code, department, period, AssessmentStatus.Submitted, marker, marker);
        }

        /// <summary>Submitted with SUBMITTEDMARKER (resubmitted, if the demo had it returned already), returned, and rewritten with REWRITEMARKER, not sent.</summary>
        public async Task<MarkedAssessment> ReturnedAsync(string code, int period)
        {
            var (department, path) = Place(code, period);
            var submitted = Token(MarkerKind.Submitted, code);
            if (await site.StatusAsync(department, period) == AssessmentStatus.Returned)
            {
                await WriteAndLinkAsync(code, department, period, submitted);
                await StepAsync(Officer(code), path + "/send", path + "/resubmit", "resubmit it", ("Input.Version", await VersionAsync(department, period)));
            }
            else
            {
                await SubmitAsync(code, department, period, submitted);
            }

            await StepAsync(Head, path, path + "/return", "return it with a challenge",
                ("Input.Version", await VersionAsync(department, period)), ("Input.Comment", "What is the evidence behind the recycling figures?"));
            var rewrite = Token(MarkerKind.Rewrite, code);
            await WriteAndLinkAsync(code, department, period, rewrite);
            return new MarkedAssessment(code, department, period, AssessmentStatus.Returned,
                new Marker(rewrite, code, MarkerKind.Rewrite, path), new Marker(submitted, code, MarkerKind.Submitted, path));
        }

        private async Task SubmitAsync(string code, int department, int period, string token)
        {
            var path = SelfAssessmentService.LinkTo(department, period);
            await WriteAndLinkAsync(code, department, period, token);
            await StepAsync(Officer(code), path + "/send", path + "/send", "send it to the Executive Member", ("Input.Version", await VersionAsync(department, period)));
            await StepAsync(Member(code), path, path + "/confirm", "confirm it",
                ("Input.Version", await VersionAsync(department, period)), ("Input.Comment", "Reviewed together."));
        }

        /// <summary>The Chief Officer writes every part with the marker, then links every item to the department's plan area, indicator and risk.</summary>
        private async Task WriteAndLinkAsync(string code, int department, int period, string token)
        {
            var path = SelfAssessmentService.LinkTo(department, period);
            var fields = new List<(string, string)>
            {
                ("Input.OverallStatement", $"{token} Overall, waste and recycling performance held up this quarter."),
                ("Input.Strengths", $"{token} Recycling rates rose for the third quarter running."),
                ("Input.AreasForImprovement", $"{token} Missed bin collections in two districts are too high."),
                ("Input.Risks", $"{token} The landfill contract ends before the new plant opens."),
                ("Input.Actions", $"{token} A weekly check of missed collections with the contractor."),
                ("Input.TradeOffs", $"{token} We delayed refurbishing the household waste sites."),
            };
            if (await site.StatusAsync(department, period) is not null)
            {
                fields.Add(("Input.Version", await VersionAsync(department, period)));
            }

            await StepAsync(Officer(code), path + "/edit", path + "/edit", "write it", [.. fields]);

            var (area, indicator, risk) = site.targets[code];
            var itemIds = await site.App.WithScopeAsync(s =>
            {
                var db = s.GetRequiredService<AppDbContext>();
                return db.Set<AssessmentItem>().AsNoTracking()
                    .Where(i => db.SelfAssessments.Any(a => a.Id == i.SelfAssessmentId && a.DepartmentId == department && a.ReportingPeriodId == period))
                    .Select(i => i.Id).ToListAsync();
            });
            var links = new List<(string, string)> { ("version", await VersionAsync(department, period)) };
            foreach (var id in itemIds)
            {
                links.Add(($"area[{S(id)}]", S(area)));
                links.Add(($"indicator[{S(id)}]", S(indicator)));
                links.Add(($"risk[{S(id)}]", S(risk)));
            }

            await StepAsync(Officer(code), path + "/links", path + "/links", "link its items", [.. links]);
        }

        /// <summary>Posts a form as its page offers it; the site answers a done step with a redirect, anything else stops the set-up.</summary>
        public async Task<HttpResponseMessage> StepAsync(SiteClient client, string formPath, string action, string what, params (string Name, string Value)[] fields)
        {
            var response = await client.PostFormToAsync(formPath, action, fields);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                var page = await Page.ReadAsync(response);
                var error = page.Document.QuerySelector("[data-error-summary]")?.TextContent ?? page.Document.QuerySelector(".alert")?.TextContent ?? "";
                throw new InvalidOperationException($"Set-up could not {what} at {action}: {response.StatusCode} {string.Join(' ', error.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}");
            }

            return response;
        }

        private (int DepartmentId, string Path) Place(string code, int period) =>
            (site.departmentIds[code], SelfAssessmentService.LinkTo(site.departmentIds[code], period));

        private Task<string> VersionAsync(int department, int period) => site.App.WithScopeAsync(async s =>
            (await s.GetRequiredService<AppDbContext>().SelfAssessments.AsNoTracking()
                .Where(a => a.DepartmentId == department && a.ReportingPeriodId == period).Select(a => a.Version).SingleAsync()).ToString());
    }
}
