namespace HccPerformance.Core.Indicators.Import;

/// <summary>
/// One row of a membership file that passed every check: the indicator goes on the scorecard (with <paramref name="Weight"/>,
/// or as it is when null) and, for an LAA designation, <paramref name="StretchYear"/>'s target is its stretch target
/// (<paramref name="StretchTarget"/>, or the target already held when null).
/// </summary>
public sealed record MembershipRow(int Line, KnownName Indicator, KnownName Scorecard, decimal? Weight, int? StretchYear, decimal? StretchTarget);
