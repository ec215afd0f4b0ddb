using System.Collections.Concurrent;
using System.Reflection;

namespace HccPerformance.Core.Common;

/// <summary>Where an <see cref="IDemoDetails"/> type keeps its demo mark and its details, read once from <see cref="DemoDetailsMarkAttribute"/>.</summary>
public sealed record DemoDetails(string MarkColumn, string Details, IReadOnlyList<string> Columns)
{
    private static readonly ConcurrentDictionary<Type, DemoDetails?> Known = new();

    /// <summary>The mark column and the detail columns together.</summary>
    public IReadOnlyList<string> AllColumns => [MarkColumn, .. Columns];

    /// <summary>The type's demo details, or null when it has none (it is not <see cref="IDemoDetails"/>).</summary>
    public static DemoDetails? Of(Type type) => Known.GetOrAdd(type, static t =>
    {
        if (!typeof(IDemoDetails).IsAssignableFrom(t))
        {
            return null;
        }

        for (var at = t; at is not null; at = at.BaseType)
        {
            foreach (var property in at.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (property.GetCustomAttribute<DemoDetailsMarkAttribute>() is { } mark)
                {
                    return new DemoDetails(property.Name, mark.Details, mark.Columns);
                }
            }
        }

        throw new InvalidOperationException($"{t.Name} has demo details but no property marked [DemoDetailsMark]: mark the flag that holds them.");
    });
}
