namespace HccPerformance.Core.Reports;

/// <summary>A common theme across departments as the overview states it.</summary>
public class CommonTheme
{
    private CommonTheme() { }

    internal CommonTheme(string title, string text, int position, string? sourceKey)
    {
        Title = title;
        Text = text;
        Position = position;
        SourceKey = sourceKey;
    }

    public int Id { get; private set; }
    public int CollatedReportId { get; private set; }
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";
    public int Position { get; private set; }

    /// <summary>The candidate it came from, if any.</summary>
    public string? SourceKey { get; private set; }

    internal void Rewrite(string title, string text)
    {
        Title = title;
        Text = text;
    }
}
