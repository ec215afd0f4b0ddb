namespace HccPerformance.Core.Reports;

/// <summary>
/// What the Head of Improvement did with an area of concern pulled in by exception: dropped, or kept in their own words.
/// No decision means it is kept as the concern or the dashboard words it.
/// </summary>
public class ExceptionDecision
{
    private ExceptionDecision() { }

    internal ExceptionDecision(string key) => Key = key;

    public int Id { get; private set; }
    public int CollatedReportId { get; private set; }
    public string Key { get; private set; } = "";
    public bool Dropped { get; private set; }
    public string? Title { get; private set; }
    public string? Text { get; private set; }

    internal void Keep(string title, string text)
    {
        Dropped = false;
        Title = title;
        Text = text;
    }

    internal void Drop() => Dropped = true;
}
