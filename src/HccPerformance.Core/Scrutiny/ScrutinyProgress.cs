using HccPerformance.Core.Common;

namespace HccPerformance.Core.Scrutiny;

/// <summary>An update on the action the Executive agreed in response to a recommendation. Appended, never changed.</summary>
public class ScrutinyProgress
{
    private ScrutinyProgress() { }

    internal ScrutinyProgress(string text, DateOnly on, string by)
    {
        Text = string.IsNullOrWhiteSpace(text) ? throw new DomainException("Say what has been done", nameof(Text)) : text.Trim();
        On = on;
        By = by;
    }

    public int Id { get; private set; }
    public int ScrutinyRecommendationId { get; private set; }
    public string Text { get; private set; } = "";
    public DateOnly On { get; private set; }
    public string By { get; private set; } = "";
}
