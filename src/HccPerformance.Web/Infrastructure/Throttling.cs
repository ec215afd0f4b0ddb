using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;

namespace HccPerformance.Web.Infrastructure;

/// <summary>Marks a post that carries a password or a code: it is limited per source address and per user name.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class ThrottleCredentialsAttribute : Attribute;

/// <summary>Settings <c>RateLimits:*</c>: how many credential posts a minute the site takes.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>From one source address (an IPv6 address counts by its /64), whatever names it tries.</summary>
    public int CredentialPostsPerAddressPerMinute { get; set; } = 20;

    /// <summary>For one user name (or signed-in person), from whatever addresses.</summary>
    public int CredentialPostsPerNamePerMinute { get; set; } = 10;
}

/// <summary>
/// ASP.NET Core's rate limiter over the posts marked <see cref="ThrottleCredentialsAttribute"/> (sign-in, second factor,
/// recovery code, changing a password or two-factor sign-in): two fixed one-minute windows chained, one partitioned by
/// source address and one by user name. A refused post gets 429 and the site's own page (<c>/error/429</c>).
/// </summary>
public static class Throttling
{
    public static IServiceCollection AddCredentialThrottling(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Throttling))
                    .LogWarning("Too many credential posts from {Address} for {Name}", Address(context.HttpContext), Name(context.HttpContext));
                return ValueTask.CompletedTask;
            };
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Throttled(context)
                    ? RateLimitPartition.GetFixedWindowLimiter("address:" + Address(context), _ => Window(limits.CredentialPostsPerAddressPerMinute))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Throttled(context) && Name(context) is { } name
                    ? RateLimitPartition.GetFixedWindowLimiter("name:" + name, _ => Window(limits.CredentialPostsPerNamePerMinute))
                    : RateLimitPartition.GetNoLimiter("")));
        });
        return services;
    }

    /// <summary>Reads a throttled post's form before the limiter, which can only look at what is already read.</summary>
    public static IApplicationBuilder UseCredentialThrottling(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (Throttled(context) && context.Request.HasFormContentType)
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException)
                {
                    // A malformed form is refused further on (400); here it only has no name.
                }
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static bool Throttled(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<ThrottleCredentialsAttribute>() is not null;

    private static string Address(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // One household or server gets a /64: count it as one address.
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    private static string? Name(HttpContext context)
    {
        if (context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } signedIn })
        {
            return signedIn.ToUpperInvariant();
        }

        var form = context.Features.Get<IFormFeature>()?.Form;
        var typed = form?["Input.UserName"].ToString().Trim();
        return string.IsNullOrEmpty(typed) ? null : typed[..Math.Min(typed.Length, 256)].ToUpperInvariant();
    }
}
