using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Indicators.Import;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// A template for every import (issue 17), built from the columns each import reads, so a template cannot drift from its
/// import. Each example row names the indicator <see cref="ImportExample.Code"/>, which no import accepts: a template
/// uploaded unchanged imports nothing.
/// </summary>
public static class ImportTemplates
{
    public const string Results = "results";
    public const string Definitions = "indicator-definitions";
    public const string Comparators = "comparator-figures";
    public const string Membership = "scorecard-membership";
    public const string Sources = "indicator-sources";

    public static readonly IReadOnlyDictionary<string, ImportTemplate> All = new[]
    {
        new ImportTemplate(Results, "Results", Row(
            (IndicatorImport.Code, ImportExample.Code), (IndicatorImport.Period, "Q1 2009/10"), (IndicatorImport.Value, 12.5m),
            (IndicatorImport.Note, "Example: where the figure comes from"), (IndicatorImport.Quality, "Confirmed"))),
        new ImportTemplate(Definitions, "Indicator definitions", Row(
            ("Code", ImportExample.Code), ("Title", "Example: what the indicator measures"), ("Frequency", "Quarterly"),
            ("Theme", "Example theme"), ("Unit", "%"), ("Polarity", "Higher"), ("Source", "Council"), ("Department", ""),
            ("Service manager", ""), ("Definition notes", "Example: how it is counted"), ("Amber tolerance", 5m))),
        new ImportTemplate(Comparators, "Comparator figures", Row(
            (BenchmarkingService.CodeColumn, ImportExample.Code), (BenchmarkingService.YearColumn, "2009/10"),
            (BenchmarkingService.ComparatorColumn, "Example council"), (BenchmarkingService.ValueColumn, 12.5m))),
        new ImportTemplate(Membership, "Scorecard membership", Row(
            (MembershipImport.Code, ImportExample.Code), (MembershipImport.ScorecardColumn, "LAA"), (MembershipImport.Weight, 1m),
            (MembershipImport.Stretch, "Yes"), (MembershipImport.Year, "2009/10"), (MembershipImport.StretchTarget, 12.5m))),
        new ImportTemplate(Sources, "Indicator sources", Row(
            (SourceImport.Code, ImportExample.Code), (SourceImport.Source, "Council"))),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (column, value) in cells)
        {
            row.Add(column, value);
        }

        return row;
    }
}
