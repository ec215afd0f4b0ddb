namespace HccPerformance.IntegrationTests.Support;

/// <summary>The site with email on: the test SMTP server, its own From address (so each class reads only its own mail), on the test's clock.</summary>
public sealed class EmailAppFactory : AppFactory
{
    public string From { get; } = $"performance-{Guid.NewGuid():N}@council.example";

    public const string BaseUrl = "https://performance.council.example";

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", SmtpServer.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Tls", "None");
        builder.UseSetting("Email:From", From);
        builder.UseSetting("Site:BaseUrl", BaseUrl);
        // The tests send the outbox themselves, on their own clock: a background round would race their counts.
        builder.UseSetting("Email:DispatchInBackground", "false");
    }
}
