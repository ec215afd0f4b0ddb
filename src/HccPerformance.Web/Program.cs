using System.Globalization;
using HccPerformance.Core;
using HccPerformance.Web;
using HccPerformance.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

CultureInfo.DefaultThreadCurrentCulture = HccPerformance.Web.DependencyInjection.Culture;
CultureInfo.DefaultThreadCurrentUICulture = HccPerformance.Web.DependencyInjection.Culture;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddWeb(builder.Environment);
builder.Services.AddCouncilSignIn(builder.Configuration);
builder.Services.AddHosting(builder.Configuration, builder.Environment);

var app = builder.Build();

if (!await StartupTasks.InitialiseDatabaseAsync(app.Services, app.Configuration, app.Environment))
{
    return 1;
}

if (args.Length > 0 && args[0] == AdminCommand.Name)
{
    return await AdminCommand.RunAsync(app.Services, args[1..]);
}

if (Hosting.StartupProblem(app.Configuration, app.Environment) is { } problem)
{
    await Console.Error.WriteLineAsync($"HccPerformance cannot start: {problem}");
    return 1;
}

// First: behind the council's proxy, the client's address and https come from the configured proxies' headers.
app.UseForwardedHeaders();

if (app.Environment.IsDevelopment())
{
    app.Lifetime.ApplicationStarted.Register(() => StartupTasks.PrintWelcome(app));
}
else
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseExceptionHandler("/error/500");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseRequestLocalization();
app.UseResponseCompression();
app.UseStaticFiles(new StaticFileOptions
{
    // Links carry a version (asp-append-version), so a browser may keep a file until it changes.
    OnPrepareResponse = file =>
    {
        if (file.Context.Request.Query.ContainsKey("v"))
        {
            file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        }
    },
});
app.UseRouting();
app.UseMiddleware<RequestLimitsMiddleware>();
app.UseAuthentication();
app.UseCredentialThrottling();
app.UseMiddleware<RequestLoggingMiddleware>();
app.UseMiddleware<SignInGateMiddleware>();
app.UseAuthorization();
app.UseOutputCache();

app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapControllers();

await app.RunAsync();
return 0;
