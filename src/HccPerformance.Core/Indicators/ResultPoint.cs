namespace HccPerformance.Core.Indicators;

/// <summary>One result as the calculator needs it; <paramref name="IsDemo"/> carries the demo mark to the line it makes (issue 17).</summary>
public readonly record struct ResultPoint(DateOnly Start, decimal Value, DataQuality Quality, bool IsDemo = false);
