using HccPerformance.Core.Common;
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
    public void NI_117_is_lower_is_better_as_reference_document_5_8_says_and_so_has_a_RAG()
    {
        var neet = NationalIndicatorSeed.Indicators().Single(i => i.Code == "NI 117");

        Assert.Equal(Polarity.LowerIsBetter, neet.Polarity);
        Assert.StartsWith("reference document 5.8", neet.PolaritySource, StringComparison.Ordinal);
        Assert.Contains("Reduce young people not in employment, education or training", neet.PolaritySource, StringComparison.Ordinal);
        // 6.1% of 16-18 year olds NEET against a target of 5.5%: worse than the target, so red; 5.2% is green.
        Assert.Equal(Rag.Red, RagRule.Assess(6.1m, 5.5m, neet.Polarity, 5m, DataQuality.Confirmed));
        Assert.Equal(Rag.Green, RagRule.Assess(5.2m, 5.5m, neet.Polarity, 5m, DataQuality.Confirmed));
    }

    [Fact]
    public void Every_seeded_reference_record_names_its_source()
    {
        Assert.All(NationalIndicatorSeed.Indicators(), i => Assert.StartsWith("public list of national indicators, shared/data/national-indicators.csv",
            i.ReferenceSource, StringComparison.Ordinal));
        Assert.All(HccPerformance.Core.Concerns.MenuItem.AppendixTwo(), m => Assert.Equal(ReferenceSources.MenuOfInterventions, m.Source));
        Assert.Equal(ReferenceSources.ImprovementPlan2008, ImprovementPlanSeed.Build().Source);
        Assert.Equal(ReferenceSources.ImprovementPlan2008, ImprovementPlanSeed.Build().Refresh().Source);
    }

    [Fact]
    public void A_polarity_the_Performance_Team_changes_no_longer_claims_the_reference()
    {
        var neet = NationalIndicatorSeed.Indicators().Single(i => i.Code == "NI 117");

        neet.Redefine(neet.Title, Polarity.HigherIsBetter, neet.Frequency, neet.Source);

        Assert.Null(neet.PolaritySource);
        Assert.NotNull(neet.ReferenceSource);
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
