using HccPerformance.Core.Common;

namespace HccPerformance.Core.Dashboard;

/// <summary>A box's counts by RAG status as its figures, red first (the headline).</summary>
public static class RagFigures
{
    public static IReadOnlyList<Figure> Of(IReadOnlyDictionary<Rag, int> counts, bool withNoData)
    {
        var figures = new List<Figure> { new("Red", counts.GetValueOrDefault(Rag.Red)), new("Amber", counts.GetValueOrDefault(Rag.Amber)), new("Green", counts.GetValueOrDefault(Rag.Green)) };
        if (withNoData)
        {
            figures.Add(new("No data", counts.GetValueOrDefault(Rag.NoData)));
        }

        return figures;
    }
}
