using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Site;

/// <summary>
/// How many demo records the database holds: every entity type in the model that implements <see cref="IDemoRecord"/>,
/// counted where <see cref="IDemoRecord.IsDemo"/> is true, and every <see cref="IDemoDetails"/> reference record whose
/// details the demo invented (an indicator's responsibility, a plan area's accountability), counted as those details. It reads the model, not a list of tables, so a record type
/// marked later is counted without a change here; <see cref="IDemoRecord"/> (in Common) is the one thing it knows of
/// each feature's tables, which is why it may count them all (convention 15 keeps their other columns to their owner).
/// </summary>
public partial class DemoRecords(AppDbContext db)
{
    private static readonly MethodInfo CountOfType = typeof(DemoRecords).GetMethod(nameof(CountOneAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo CountDetailsOfType = typeof(DemoRecords).GetMethod(nameof(CountDetailsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Each kind of record with demo records, most first; none when the database holds no demo data.</summary>
    public virtual Task<IReadOnlyList<DemoRecordCount>> CountAsync(CancellationToken ct = default) => CountAsync(db, ct);

    /// <summary>The same over any context, so the rule can be proved on a model of its own.</summary>
    public static async Task<IReadOnlyList<DemoRecordCount>> CountAsync(DbContext context, CancellationToken ct = default)
    {
        var counts = new List<DemoRecordCount>();
        foreach (var type in DemoTypes(context))
        {
            var count = await (Task<int>)CountOfType.MakeGenericMethod(type).Invoke(null, [context, ct])!;
            if (count > 0)
            {
                counts.Add(new DemoRecordCount(Kind(type), count));
            }
        }

        foreach (var type in Roots(context).Where(t => typeof(IDemoDetails).IsAssignableFrom(t)))
        {
            var details = DemoDetails.Of(type)!;
            var count = await (Task<int>)CountDetailsOfType.MakeGenericMethod(type).Invoke(null, [context, details.MarkColumn, ct])!;
            if (count > 0)
            {
                counts.Add(new DemoRecordCount(details.Details, count));
            }
        }

        return [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Kind, StringComparer.Ordinal)];
    }

    /// <summary>"indicator result (1,200), self assessment (48) and 3 more kinds" for a message.</summary>
    public static string Describe(IReadOnlyList<DemoRecordCount> counts, int atMost = 3)
    {
        var named = counts.Take(atMost).Select(c => $"{c.Kind} ({c.Count.ToString("N0", CultureInfo.InvariantCulture)})").ToList();
        var more = counts.Count - named.Count;
        return more > 0 ? $"{string.Join(", ", named)} and {more} more {(more == 1 ? "kind" : "kinds")}" : string.Join(", ", named);
    }

    // The root of each hierarchy only (its rows include the derived types'), and never an owned type (no table of its own).
    private static IEnumerable<Type> DemoTypes(DbContext context) => Roots(context).Where(t => typeof(IDemoRecord).IsAssignableFrom(t));

    private static IEnumerable<Type> Roots(DbContext context) =>
        context.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && !e.HasSharedClrType && e.BaseType is null)
            .Select(e => e.ClrType)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static Task<int> CountDetailsAsync<T>(DbContext context, string markColumn, CancellationToken ct) where T : class =>
        context.Set<T>().IgnoreQueryFilters().CountAsync(e => EF.Property<bool>(e, markColumn), ct);

    private static Task<int> CountOneAsync<T>(DbContext context, CancellationToken ct) where T : class =>
        context.Set<T>().IgnoreQueryFilters().CountAsync(e => EF.Property<bool>(e, nameof(IDemoRecord.IsDemo)), ct);

    /// <summary>"IndicatorResult" as "indicator results".</summary>
    private static string Kind(Type type) => SplitWords().Replace(type.Name, " $1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex SplitWords();
}
