using HccPerformance.Core.Indicators;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// The national indicators that public sources confirm (shared/data/national-indicators.csv: 19 of the 198), with their
/// numbers, titles and polarities exactly as given, and the scorecards of seed 4.14. Reference data, not demo data;
/// the Performance Team imports the rest of the set. Each carries its source (issue 17), and a polarity the public list
/// leaves open carries its own source where another reference gives it (NI 117: reference document 5.8).
/// </summary>
public static class NationalIndicatorSeed
{
    public sealed record Row(string Code, string Title, string? Theme, Polarity? Polarity, string? PolaritySource);

    /// <summary>Where every seeded national indicator comes from: the file of public reference data and who published it.</summary>
    public const string Source =
        "public list of national indicators, shared/data/national-indicators.csv (titles as CLG, the Audit Commission, Defra and LG Inform published them, 2007-2011)";

    /// <summary>
    /// The scorecards the Corporate Dashboard draws on, most important first (weights are the Performance Team's to change),
    /// each with its kind and whether it has a box on the dashboard. Local PIs have theirs (Appendix Three: "Reds: PI 1, PI 2,
    /// PI 3"); the Aalborg box shows the commitments' scores, so the Aalborg scorecard is not on the dashboard of itself.
    /// </summary>
    public static readonly (string Name, string Description, ScorecardKind Kind, decimal Weight, bool OnDashboard)[] Scorecards =
    [
        ("LAA", "Local Area Agreement designated indicators and their stretch targets", ScorecardKind.Laa, 5m, true),
        ("NIS", "The National Indicator Set", ScorecardKind.Nis, 4m, true),
        ("Value for Money", "Value for money scorecard", ScorecardKind.ValueForMoney, 3m, true),
        ("Community Intelligence", "What residents and communities tell the council", ScorecardKind.CommunityIntelligence, 2m, true),
        ("Local PIs", "The council's local performance indicators", ScorecardKind.LocalPis, 2m, true),
        ("Aalborg", "The Aalborg Commitments: the council's self-assessed sustainability", ScorecardKind.Aalborg, 1m, false),
    ];

    public const decimal DefaultTolerancePercent = 5m;

    public static IReadOnlyList<Row> Rows()
    {
        using var stream = typeof(NationalIndicatorSeed).Assembly.GetManifestResourceStream("national-indicators.csv")
            ?? throw new InvalidOperationException("The national indicators are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var header = Fields(reader.ReadLine() ?? "");
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidOperationException($"No {name} column");
        var (number, title, theme, polarity) = (Column("number"), Column("title"), Column("theme"), Column("polarity"));
        var polaritySource = Column("polarity_source");
        var rows = new List<Row>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Fields(line);
            rows.Add(new Row(fields[number].Trim(), fields[title].Trim(), Blank(fields[theme]), fields[polarity].Trim() switch
            {
                "higher" => Polarity.HigherIsBetter,
                "lower" => Polarity.LowerIsBetter,
                _ => null,
            }, Blank(fields[polaritySource])));
        }

        return rows;
    }

    /// <summary>
    /// National indicators as the council collects them locally: quarterly (seed 4.25: more often than the Data Hub),
    /// source unknown until the Performance Team marks the council's own 16.
    /// </summary>
    public static IEnumerable<Indicator> Indicators() => Rows().Select(r =>
    {
        var indicator = new Indicator(r.Code, r.Title, r.Polarity, Frequency.Quarterly, source: null, isNational: true);
        indicator.Describe(r.Theme, unit: null, definitionNotes: null);
        indicator.Cite(Source, r.PolaritySource);
        return indicator;
    });

    /// <summary>One line of a CSV file: commas separate fields, double quotes wrap a field with commas, "" is a quote.</summary>
    internal static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
