using HccPerformance.Core.Indicators;
using HccPerformance.Core.Indicators.Import;

namespace HccPerformance.UnitTests.Indicators;

/// <summary>
/// The rules of the scorecard membership and indicator sources imports (issue 17, "Bad input"): an unknown indicator code, a
/// duplicate row, a scorecard that does not exist, a stretch flag outside an LAA year each stop the whole file, row by row.
/// </summary>
public sealed class BulkImportRulesTests
{
    private static readonly Dictionary<string, KnownName> Indicators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NI 117"] = new(1, "NI 117"),
        ["NI 192"] = new(2, "NI 192"),
        ["DEMO 4"] = new(3, "DEMO 4"),
    };

    private static readonly Dictionary<string, KnownName> Scorecards = new(StringComparer.OrdinalIgnoreCase)
    {
        ["LAA"] = new(10, "LAA"),
        ["NIS"] = new(11, "NIS"),
    };

    /// <summary>NI 117 holds a target for 2009/10 only.</summary>
    private static bool HasTarget(int indicatorId, int year) => indicatorId == 1 && year == 2009;

    private static TableRow Row(int line, string code, string scorecard, string weight = "", string stretch = "", string year = "", string target = "") =>
        new(line, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [MembershipImport.Code] = code, [MembershipImport.ScorecardColumn] = scorecard, [MembershipImport.Weight] = weight,
            [MembershipImport.Stretch] = stretch, [MembershipImport.Year] = year, [MembershipImport.StretchTarget] = target,
        });

    private static MembershipCheck Check(params TableRow[] rows) => MembershipImport.Check(rows, Indicators, Scorecards, HasTarget);

    [Fact]
    public void Good_rows_become_memberships_with_their_weights_and_LAA_stretch_targets()
    {
        var check = Check(
            Row(2, "ni 192", "laa", "2"),
            Row(3, "NI 117", "LAA", "", "Yes", "2008/09", "7.5"),
            Row(4, "NI 117", "LAA", "", "yes", "2009/10"),
            Row(5, "DEMO 4", "NIS", "", "No"));

        Assert.Empty(check.Problems);
        Assert.Equal(
        [
            (2, "NI 192", "LAA", (decimal?)2m, (int?)null, (decimal?)null),
            (3, "NI 117", "LAA", null, 2008, 7.5m),
            (4, "NI 117", "LAA", null, 2009, null),
            (5, "DEMO 4", "NIS", null, null, null),
        ], check.Rows.Select(r => (r.Line, r.Indicator.Name, r.Scorecard.Name, r.Weight, r.StretchYear, r.StretchTarget)));
    }

    [Fact]
    public void An_unknown_code_an_unknown_scorecard_and_a_duplicate_are_each_listed_and_nothing_is_kept()
    {
        var check = Check(
            Row(2, "NI 192", "LAA"),
            Row(3, "NI 999", "LAA"),
            Row(4, "NI 117", "Nowhere"),
            Row(5, "NI 192", "laa"),
            Row(6, "", ""));

        Assert.Equal(
        [
            (3, "Indicator code", "there is no indicator NI 999"),
            (4, "Scorecard", "there is no scorecard \"Nowhere\": write one of LAA and NIS"),
            (5, "Indicator code", "row 2 already puts NI 192 on LAA"),
            (6, "Indicator code", "the indicator code is missing"),
            (6, "Scorecard", "the scorecard is missing"),
        ], check.Problems.Select(p => (p.Line, p.Column, p.Message)));
        Assert.Equal([2], check.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("2007/08")]
    [InlineData("2011/12")]
    [InlineData("2026/27")]
    public void A_stretch_flag_outside_the_years_of_the_Local_Area_Agreement_is_refused(string year)
    {
        var problem = Assert.Single(Check(Row(2, "NI 117", "LAA", "", "Yes", year, "7")).Problems);

        Assert.Equal("Year", problem.Column);
        Assert.Equal($"{year} is not a year of the Local Area Agreement, which ran from 2008/09 to 2010/11: a stretch target can only be for those years", problem.Message);
    }

    [Fact]
    public void A_stretch_flag_is_for_the_LAA_scorecard_with_a_year_and_a_target_given_or_held()
    {
        var check = Check(
            Row(2, "NI 192", "NIS", "", "Yes", "2009/10", "40"),
            Row(3, "NI 192", "LAA", "", "Yes", "", "40"),
            Row(4, "NI 192", "LAA", "", "Yes", "2009/10"),
            Row(5, "NI 192", "LAA", "", "Maybe"),
            Row(6, "NI 192", "LAA", "", "", "2009/10", "40"),
            Row(7, "NI 192", "LAA", "0"),
            Row(8, "NI 117", "LAA", "", "Yes", "next year", "lots"));

        Assert.Equal(
        [
            (2, "Stretch", "a stretch target belongs to an LAA designation, and this row is for NIS: put the row on the LAA scorecard or write No"),
            (3, "Year", "say which financial year the stretch target is for, like 2009/10"),
            (4, "Stretch target", "NI 192 has no target for 2009/10 to mark as its stretch target: give the stretch target"),
            (5, "Stretch", "\"Maybe\" is not a stretch flag: write Yes for an LAA stretch target, or No (or leave it blank)"),
            (6, "Year", "a year and a stretch target are only for an LAA stretch target: write Yes in Stretch, or leave them blank"),
            (7, "Weight", "\"0\" is not a weight: write a number more than 0, like 1 or 2.5, or leave it blank"),
            (8, "Year", "\"next year\" is not a financial year: write it like 2009/10"),
            (8, "Stretch target", "\"lots\" is not a number"),
        ], check.Problems.Select(p => (p.Line, p.Column, p.Message)));
    }

    [Fact]
    public void Two_rows_giving_one_member_different_weights_or_the_same_stretch_year_twice_are_refused()
    {
        var check = Check(
            Row(2, "NI 117", "LAA", "1", "Yes", "2009/10"),
            Row(3, "NI 117", "LAA", "2", "Yes", "2010/11", "6"),
            Row(4, "NI 117", "LAA", "", "Yes", "2009/10", "7"));

        Assert.Equal(
        [
            (3, "Weight", "row 2 gives NI 117 the weight 1 on LAA"),
            (4, "Indicator code", "row 2 already gives NI 117's stretch target for 2009/10"),
        ], check.Problems.Select(p => (p.Line, p.Column, p.Message)));
    }

    [Fact]
    public void The_templates_example_row_is_refused_by_name()
    {
        var problem = Assert.Single(Check(Row(2, ImportExample.Code, "LAA")).Problems);

        Assert.Equal(ImportExample.Problem, problem.Message);
    }

    private static readonly Dictionary<string, (int Id, string Code, bool IsNational)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NI 117"] = (1, "NI 117", true),
        ["NI 192"] = (2, "NI 192", true),
        ["DEMO 4"] = (3, "DEMO 4", false),
    };

    private static TableRow SourceRow(int line, string code, string source) =>
        new(line, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [SourceImport.Code] = code, [SourceImport.Source] = source });

    [Fact]
    public void Sources_are_Council_or_Data_Hub_and_the_Data_Hub_only_for_national_indicators()
    {
        var check = SourceImport.Check(
        [
            SourceRow(2, "ni 117", "Council"),
            SourceRow(3, "NI 192", "data hub"),
            SourceRow(4, "DEMO 4", "Council"),
            SourceRow(5, "DEMO 4", "Data Hub"),
            SourceRow(6, "NI 999", "Council"),
            SourceRow(7, "NI 117", "Council"),
            SourceRow(8, "NI 192", "Audit Commission"),
            SourceRow(9, "NI 192", ""),
        ], Known);

        Assert.Equal(
        [
            (5, "Indicator code", "row 4 already gives the source of DEMO 4"),
            (5, "Source", "DEMO 4 is a local measure, and the Data Hub collects national indicators only: write Council"),
            (6, "Indicator code", "there is no indicator NI 999"),
            (7, "Indicator code", "row 2 already gives the source of NI 117"),
            (8, "Indicator code", "row 3 already gives the source of NI 192"),
            (8, "Source", "\"Audit Commission\" is not a source: write Council or Data Hub"),
            (9, "Indicator code", "row 3 already gives the source of NI 192"),
            (9, "Source", "the source is missing: write Council or Data Hub"),
        ], check.Problems.Select(p => (p.Line, p.Column, p.Message)));
        Assert.Equal(
        [
            (2, "NI 117", IndicatorSource.Council),
            (3, "NI 192", IndicatorSource.DataHub),
            (4, "DEMO 4", IndicatorSource.Council),
        ], check.Rows.Select(r => (r.Line, r.Code, r.Source)));
    }
}
