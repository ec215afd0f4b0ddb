using HccPerformance.Core.Data.Seeding;
using HccPerformance.Core.Indicators;

namespace HccPerformance.UnitTests.Indicators;

/// <summary>The seeded national indicators are exactly those the public sources confirm: no number, title or polarity invented.</summary>
public sealed class NationalIndicatorSeedTests
{
    [Fact]
    public void The_19_confirmed_national_indicators_are_seeded_with_their_numbers_titles_and_polarities()
    {
        var indicators = NationalIndicatorSeed.Indicators().ToList();

        Assert.Equal(19, indicators.Count);
        Assert.DoesNotContain(indicators, i => i.Code == "NI 31");
        Assert.All(indicators, i => Assert.True(i.IsNational));
        Assert.All(indicators, i => Assert.Null(i.Source));
        var waste = indicators.Single(i => i.Code == "NI 192");
        Assert.Equal("Percentage of household waste sent for reuse, recycling and composting", waste.Title);
        Assert.Equal(Polarity.HigherIsBetter, waste.Polarity);
        Assert.Equal(Polarity.LowerIsBetter, indicators.Single(i => i.Code == "NI 191").Polarity);
        Assert.Null(indicators.Single(i => i.Code == "NI 2").Polarity);
        Assert.Equal("16 to 18 year olds who are Not in Education, Training or Employment (NEET)", indicators.Single(i => i.Code == "NI 117").Title);
        Assert.Equal("Local economy", indicators.Single(i => i.Code == "NI 154").Theme);
    }

    [Fact]
    public void The_seed_matches_the_shared_reference_file_line_for_line()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "src", "HccPerformance.Core", "Data", "Seeding", "national-indicators.csv")).Skip(1).Where(l => l.Length > 0).ToList();

        var rows = NationalIndicatorSeed.Rows();

        Assert.Equal(lines.Count, rows.Count);
        Assert.Equal(lines.Select(l => NationalIndicatorSeed.Fields(l)[1]), rows.Select(r => r.Title));
    }

    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("NI 117,\"16 to 18, NEET\",,", new[] { "NI 117", "16 to 18, NEET", "", "" })]
    [InlineData("\"He said \"\"no\"\"\",x", new[] { "He said \"no\"", "x" })]
    public void Csv_fields_are_split_as_RFC_4180_says(string line, string[] expected)
    {
        Assert.Equal(expected, NationalIndicatorSeed.Fields(line));
    }
}
