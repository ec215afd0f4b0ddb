namespace HccPerformance.IntegrationTests.Support;

/// <summary>The email tests share one SMTP server and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SmtpCollection : ICollectionFixture<SmtpServer>
{
    public const string Name = "A real SMTP server";
}
