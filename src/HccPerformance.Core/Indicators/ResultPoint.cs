namespace HccPerformance.Core.Indicators;

/// <summary>One result as the calculator needs it.</summary>
public readonly record struct ResultPoint(DateOnly Start, decimal Value, DataQuality Quality);
