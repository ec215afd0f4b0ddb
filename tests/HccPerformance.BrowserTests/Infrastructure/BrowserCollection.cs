namespace HccPerformance.BrowserTests.Infrastructure;

/// <summary>
/// The browser tests run as two collections side by side, each with its own site (its own demo database) and its own
/// Chromium, so they never see each other's changes. One collection alone keeps about one core busy (a page at a time:
/// the site, then Chromium and axe), so two halves use both cores of the test machine and take about half the time.
/// Starting a site and a browser is a few seconds; within a collection they are shared by every test, and so is the
/// database: a test that needs a record as seeded (DEMO 10 red, for the concern journey) stays out of the collection of a
/// test that changes a record like it (a Service Manager's new result in <c>IndicatorTests</c>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Browser";
}

/// <summary>The second half of the browser tests: its own site and Chromium (see <see cref="BrowserCollection"/>).</summary>
[CollectionDefinition(Name)]
public sealed class SecondBrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Browser, second site";
}
