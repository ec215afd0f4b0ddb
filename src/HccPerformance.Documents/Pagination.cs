namespace HccPerformance.Documents;

/// <summary>What the layout pass learnt for the drawing pass: how many pages, and the page of every anchored heading.</summary>
internal sealed record Pagination(int PageCount, IReadOnlyDictionary<string, int> AnchorPages);
