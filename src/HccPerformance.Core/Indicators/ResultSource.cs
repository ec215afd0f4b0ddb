namespace HccPerformance.Core.Indicators;

public enum ResultSource
{
    /// <summary>Typed in by the indicator's Service Manager or the Performance Team.</summary>
    Entered = 1,
    /// <summary>From an uploaded file, including the national Data Hub's returns.</summary>
    Imported = 2,
}
