using System.Security.Cryptography;
using HccPerformance.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using HccPerformance.Core.Data.Interceptors;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Keeps sign-in sessions in the database and only a random key in the cookie. Signing out deletes the session,
/// so a copied cookie is worthless afterwards; an Administrator locking an account ends its sessions at once;
/// and several instances of the site share sessions through the one database.
/// A session read is kept in memory for a few seconds, and only while this instance commits nothing: locking an
/// account, resetting a password or signing out all commit, so they end the session here on the very next request
/// (on another instance within <see cref="Remembered"/>). This spares every page a database read.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock, IMemoryCache cache, ChangeSignal changes) : ITicketStore
{
    private static readonly TimeSpan Remembered = TimeSpan.FromSeconds(10);

    private sealed record Remembering(AuthenticationTicket Ticket, long Version, DateTime? ExpiresUtc);

    /// <summary>Item of the request that holds its session's key, so other sessions can be ended and this one kept.</summary>
    public const string SessionKeyItem = "hcc:session-key";

    private static string CacheKey(string key) => "session:" + key;

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var key = await StoreAsync(ticket);
        httpContext.Items[SessionKeyItem] = key;
        return key;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        httpContext.Items[SessionKeyItem] = key;
        return RetrieveAsync(key);
    }

    /// <summary>Ends every session of <paramref name="userId"/> but the one this request belongs to.</summary>
    public static async Task EndOtherSessionsAsync(HttpContext httpContext, string userId)
    {
        var current = httpContext.Items[SessionKeyItem] as string ?? "";
        var db = httpContext.RequestServices.GetRequiredService<AppDbContext>();
        await db.UserSessions.Where(s => s.UserId == userId && s.Id != current).ExecuteDeleteAsync(httpContext.RequestAborted);
        // Sessions read a moment ago are remembered in memory: make them be read again.
        httpContext.RequestServices.GetRequiredService<ChangeSignal>().Bump();
    }

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.UserSessions.Add(new UserSession
        {
            Id = key,
            UserId = ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value,
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            ExpiresUtc = ticket.Properties.ExpiresUtc?.UtcDateTime,
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        cache.Remove(CacheKey(key));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == key);
        if (session is null)
        {
            return;
        }

        session.Ticket = TicketSerializer.Default.Serialize(ticket);
        session.ExpiresUtc = ticket.Properties.ExpiresUtc?.UtcDateTime;
        await db.SaveChangesAsync();
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (cache.TryGetValue(CacheKey(key), out Remembering? remembered) && remembered is not null && remembered.Version == changes.Version
            && !(remembered.ExpiresUtc < clock.GetUtcNow().UtcDateTime))
        {
            return remembered.Ticket;
        }

        var version = changes.Version;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = await db.UserSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key);
        if (session is null || session.ExpiresUtc < clock.GetUtcNow().UtcDateTime)
        {
            return null;
        }

        var ticket = TicketSerializer.Default.Deserialize(session.Ticket);
        if (ticket is not null)
        {
            // The version read before the database: a commit in between makes this entry stale at once.
            cache.Set(CacheKey(key), new Remembering(ticket, version, session.ExpiresUtc), Remembered);
        }

        return ticket;
    }

    public async Task RemoveAsync(string key)
    {
        cache.Remove(CacheKey(key));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }
}
