namespace HccPerformance.Core.Common;

/// <summary>
/// On the stored flag that says an <see cref="IDemoDetails"/> record's details are the demo's: what those details are called
/// in words and which columns hold them, so the demo count (which refuses turning the demo flag off) finds them, and a person
/// changing those columns through the site takes them over (<see cref="DemoDetails"/>), without a list of tables.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class DemoDetailsMarkAttribute(string details, params string[] columns) : Attribute
{
    /// <summary>The details in words, plural: "indicator responsibilities".</summary>
    public string Details { get; } = details;

    /// <summary>The columns that hold the details.</summary>
    public IReadOnlyList<string> Columns { get; } = columns;
}
