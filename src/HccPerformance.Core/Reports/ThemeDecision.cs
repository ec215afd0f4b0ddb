namespace HccPerformance.Core.Reports;

/// <summary>Whether a candidate theme (named by its key) was accepted or ignored.</summary>
public class ThemeDecision
{
    private ThemeDecision() { }

    internal ThemeDecision(string key, bool accepted)
    {
        Key = key;
        Accepted = accepted;
    }

    public int Id { get; private set; }
    public int CollatedReportId { get; private set; }
    public string Key { get; private set; } = "";
    public bool Accepted { get; private set; }

    internal void Change(bool accepted) => Accepted = accepted;
}
