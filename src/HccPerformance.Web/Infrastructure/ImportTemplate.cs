namespace HccPerformance.Web.Infrastructure;

/// <summary>A downloadable template for one import: its header row and one example row, by column in the order the page names them.</summary>
public sealed record ImportTemplate(string Name, string Title, IReadOnlyDictionary<string, object?> Example)
{
    public string CsvFileName => $"{Name}-template.csv";

    public string ExcelFileName => $"{Name}-template.xlsx";
}
