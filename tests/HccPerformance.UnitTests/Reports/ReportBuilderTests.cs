using HccPerformance.Core.Reports;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.Documents.Reports;

namespace HccPerformance.UnitTests.Reports;

public sealed class ReportBuilderTests
{
    private static AssessmentForReport Assessment(string department, AssessmentStatus? status) => new(
        department, $"Chief Officer, {department}", status, "Statement", "None this quarter", "Reviewed together",
        [
            new ItemForReport(1, ItemSection.Strength, "Strong strength", ["Evidence?"]),
            new ItemForReport(2, ItemSection.AreaForImprovement, "Weak area", []),
            new ItemForReport(3, ItemSection.Risk, "A risk", []),
            new ItemForReport(4, ItemSection.Action, "An action", ["Due when?", "Who owns it?"]),
        ],
        ["On the whole: good"]);

    [Fact]
    public void An_accepted_assessment_is_printed_with_its_comments_beside_their_items()
    {
        var concern = new ConcernSummary("Delayed transfers", "Adult Services", "Active", []);

        var section = ReportBuilder.Section(Assessment("Adult Services", AssessmentStatus.Accepted), [concern]);

        Assert.True(section.Received);
        Assert.Equal("Accepted", section.Status);
        Assert.Equal("Statement", section.OverallStatement);
        Assert.Equal(["Evidence?"], Assert.Single(section.Strengths).Annotations);
        Assert.Empty(Assert.Single(section.AreasForImprovement).Annotations);
        Assert.Equal(["Due when?", "Who owns it?"], Assert.Single(section.Actions).Annotations);
        Assert.Equal(["On the whole: good"], section.GeneralAnnotations);
        Assert.Equal("Reviewed together", section.ExecutiveMemberComment);
        Assert.Same(concern, Assert.Single(section.Concerns));
    }

    [Theory]
    [InlineData(null, "Not received (not started)")]
    [InlineData(AssessmentStatus.Draft, "Not received (draft)")]
    [InlineData(AssessmentStatus.WithExecutiveMember, "Not received (with executive member)")]
    [InlineData(AssessmentStatus.Submitted, "Not received (submitted)")]
    [InlineData(AssessmentStatus.Returned, "Not received (returned)")]
    [InlineData(AssessmentStatus.Resubmitted, "Not received (resubmitted)")]
    public void Anything_not_accepted_is_marked_not_received_and_none_of_its_words_are_printed(AssessmentStatus? status, string expected)
    {
        var section = ReportBuilder.Section(Assessment("Environment", status), []);

        Assert.False(section.Received);
        Assert.Equal(expected, section.Status);
        Assert.Equal("Environment", section.Department);
        Assert.Equal("", section.OverallStatement);
        Assert.Empty(section.Strengths);
        Assert.Empty(section.Actions);
        Assert.Empty(section.GeneralAnnotations);
        Assert.Null(section.ExecutiveMemberComment);
    }

    [Fact]
    public void The_departments_not_accepted_are_named_in_order()
    {
        var names = ReportBuilder.NotAccepted([
            Assessment("Adult Services", AssessmentStatus.Accepted),
            Assessment("Children's Services", AssessmentStatus.Submitted),
            Assessment("Chief Executive's Department", null),
            Assessment("Environment", AssessmentStatus.Accepted)]);

        Assert.Equal(["Children's Services", "Chief Executive's Department"], names);
    }

    [Fact]
    public void File_names_are_plain()
    {
        Assert.Equal("corporate-performance-report-quarter-2-2026-27-v1.pdf", ReportReader.FileName("corporate-performance-report Quarter 2 2026/27 v1"));
        Assert.Equal("self-assessment-children-s-services-quarter-1-2025-26.pdf", ReportReader.FileName("self-assessment Children's Services Quarter 1 2025/26"));
    }
}
