namespace HccPerformance.Core.Common;

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
