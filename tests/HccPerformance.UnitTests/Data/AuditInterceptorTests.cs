using System.Text.Json;
using HccPerformance.Core.Auditing;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.UnitTests.Data;

public sealed class AuditInterceptorTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task Adding_a_record_stamps_it_and_audits_every_value_with_its_new_key()
    {
        int id;
        await using (var context = database.CreateContext())
        {
            var department = new Department("TST", "Test Services");
            context.Departments.Add(department);
            await context.SaveChangesAsync();
            id = department.Id;
            Assert.Equal("head.of.improvement", department.CreatedBy);
            Assert.Equal(new DateTime(2009, 7, 1, 9, 30, 0, DateTimeKind.Utc), department.CreatedUtc);
        }

        var entry = await LatestAsync("Department", id);
        Assert.Equal("Added", entry.Action);
        Assert.Equal("head.of.improvement", entry.UserName);
        Assert.Equal("user-1", entry.UserId);
        var changes = Changes(entry);
        Assert.Equal((null, "Test Services"), changes["Name"]);
        Assert.Equal((null, "TST"), changes["Code"]);
        Assert.False(changes.ContainsKey("Version"));
    }

    [Fact]
    public async Task Changing_a_record_audits_only_what_changed_with_old_and_new_values_and_renews_its_version()
    {
        int id;
        Guid before;
        await using (var context = database.CreateContext())
        {
            var department = new Department("CHG", "Changing Services");
            context.Departments.Add(department);
            await context.SaveChangesAsync();
            (id, before) = (department.Id, department.Version);
        }

        database.Clock.Advance(TimeSpan.FromHours(1));
        await using (var context = database.CreateContext())
        {
            var department = await context.Departments.SingleAsync(d => d.Id == id);
            department.Update("CHG", "Changed Services", isActive: true);
            await context.SaveChangesAsync();
            Assert.NotEqual(before, department.Version);
            Assert.Equal(new DateTime(2009, 7, 1, 10, 30, 0, DateTimeKind.Utc), department.ModifiedUtc);
        }

        var entry = await LatestAsync("Department", id);
        Assert.Equal("Modified", entry.Action);
        var change = Assert.Single(Changes(entry));
        Assert.Equal(("Name", "Changing Services", "Changed Services"), (change.Key, change.Value.Old, change.Value.New));
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_leaves_neither_the_change_nor_its_audit()
    {
        int id;
        Guid read;
        await using (var context = database.CreateContext())
        {
            var department = new Department("STL", "Stale Services");
            context.Departments.Add(department);
            await context.SaveChangesAsync();
            (id, read) = (department.Id, department.Version);
        }

        await using (var first = database.CreateContext())
        {
            (await first.Departments.SingleAsync(d => d.Id == id)).Update("STL", "First", true);
            await first.SaveChangesAsync();
        }

        await using (var second = database.CreateContext())
        {
            var department = await second.Departments.SingleAsync(d => d.Id == id);
            second.Entry(department).Property(d => d.Version).OriginalValue = read;
            department.Update("STL", "Second", true);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        }

        await using var check = database.CreateContext();
        Assert.Equal("First", (await check.Departments.SingleAsync(d => d.Id == id)).Name);
        Assert.DoesNotContain(await check.AuditEntries.Where(a => a.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Changes).ToListAsync(),
            c => c.Contains("Second", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Secrets_are_never_copied_into_the_audit_trail()
    {
        await using (var context = database.CreateContext())
        {
            context.Users.Add(new ApplicationUser
            {
                UserName = "audit.test", NormalizedUserName = "AUDIT.TEST", DisplayName = "Audit test",
                PasswordHash = "AQAAAAIAAwNQsecret-hash", SecurityStamp = "secret-stamp",
            });
            await context.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var entry = await check.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.EntityType == "ApplicationUser");
        Assert.DoesNotContain("secret", entry.Changes, StringComparison.Ordinal);
        Assert.Equal((null, "(set)"), Changes(entry)["PasswordHash"]);
        Assert.Equal((null, "Audit test"), Changes(entry)["DisplayName"]);
    }

    [Fact]
    public async Task An_authenticator_key_is_masked_but_an_indicator_result_is_audited_with_its_figure()
    {
        await using (var context = database.CreateContext())
        {
            var user = new ApplicationUser { UserName = "token.test", NormalizedUserName = "TOKEN.TEST", DisplayName = "Token test" };
            context.Users.Add(user);
            await context.SaveChangesAsync();
            context.UserTokens.Add(new Microsoft.AspNetCore.Identity.IdentityUserToken<string>
            {
                UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = "SECRETKEY123",
            });
            var indicator = new HccPerformance.Core.Indicators.Indicator("AUDIT 1", "Audit test indicator", null,
                HccPerformance.Core.Indicators.Frequency.Quarterly, null, isNational: false);
            context.Indicators.Add(indicator);
            await context.SaveChangesAsync();
            context.IndicatorResults.Add(new HccPerformance.Core.Indicators.IndicatorResult(indicator.Id,
                new HccPerformance.Core.Indicators.ResultPeriod(new DateOnly(2009, 4, 1), HccPerformance.Core.Indicators.Frequency.Quarterly),
                42.5m, null, HccPerformance.Core.Indicators.DataQuality.Confirmed, HccPerformance.Core.Indicators.ResultSource.Entered, "Audit test", DateTime.UtcNow));
            await context.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var token = await check.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.EntityType.Contains("IdentityUserToken"));
        var result = await check.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.EntityType == "IndicatorResult");
        Assert.DoesNotContain("SECRETKEY123", token.Changes, StringComparison.Ordinal);
        Assert.Equal((null, "(set)"), Changes(token)["Value"]);
        Assert.Equal((null, "42.5"), Changes(result)["Value"]);
    }

    [Fact]
    public async Task A_change_inside_a_callers_transaction_is_audited_only_if_that_transaction_commits()
    {
        await using var context = database.CreateContext();
        await using (var transaction = await context.Database.BeginTransactionAsync())
        {
            context.Departments.Add(new Department("RBK", "Rolled Back"));
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var check = database.CreateContext();
        Assert.False(await check.Departments.AnyAsync(d => d.Code == "RBK"));
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Changes.Contains("Rolled Back")));
    }

    private async Task<AuditEntry> LatestAsync(string type, int id)
    {
        await using var context = database.CreateContext();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await context.AuditEntries.Where(a => a.EntityType == type && a.EntityKey == key).OrderByDescending(a => a.Id).FirstAsync();
    }

    private static Dictionary<string, (string? Old, string? New)> Changes(AuditEntry entry) =>
        JsonDocument.Parse(entry.Changes).RootElement.EnumerateArray().ToDictionary(
            e => e.GetProperty("property").GetString()!,
            e => (e.GetProperty("old").ValueKind == JsonValueKind.Null ? null : e.GetProperty("old").GetString(),
                  e.GetProperty("new").ValueKind == JsonValueKind.Null ? null : e.GetProperty("new").GetString()));
}
