namespace HccPerformance.BrowserTests.Infrastructure;

/// <summary>Every browser test shares one site and one Chromium: starting them is most of the run's cost.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Browser";
}
