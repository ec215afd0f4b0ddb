namespace HccPerformance.Core.NotYetAFeature.Unknown;

/// <summary>A record of a feature the dashboard's map has never heard of (a test double: only its namespace matters).</summary>
public sealed class Thing;
