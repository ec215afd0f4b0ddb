namespace HccPerformance.Core.Common;

/// <summary>Red, Amber, Green, or no data yet: the one status used everywhere, always shown as text as well as colour.</summary>
public enum Rag
{
    NoData = 0,
    Green = 1,
    Amber = 2,
    Red = 3,
}

/// <summary>The one list of RAG words for the whole site: pages, exports, the report and its PDF read them from here.</summary>
public static class RagWords
{
    public const string Red = "Red", Amber = "Amber", Green = "Green", NoData = "No data";

    public static string Name(Rag rag) => rag switch
    {
        Rag.Red => Red,
        Rag.Amber => Amber,
        Rag.Green => Green,
        _ => NoData,
    };
}
