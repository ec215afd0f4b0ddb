using HccPerformance.Core.Common;
using HccPerformance.Core.Questions;

namespace HccPerformance.UnitTests.Questions;

/// <summary>Who puts questions and who answers them (issue 15, Appendix One), by role and department.</summary>
public sealed class QuestionRulesTests
{
    private static Func<string, bool> Holding(params string[] roles) => roles.Contains;

    [Theory]
    [InlineData(Roles.ChiefOfficer, true)]
    [InlineData(Roles.ChiefExecutive, true)]
    [InlineData(Roles.ExecutiveMember, true)]
    [InlineData(Roles.PerformanceExecutiveMember, true)]
    [InlineData(Roles.Leader, true)]
    [InlineData(Roles.Cabinet, true)]
    [InlineData(Roles.SelectCommittee, true)]
    [InlineData(Roles.HeadOfImprovement, false)]
    [InlineData(Roles.CpegMember, false)]
    [InlineData(Roles.ServiceManager, false)]
    [InlineData(Roles.PerformanceTeam, false)]
    [InlineData(Roles.Administrator, false)]
    public void CMT_the_Leader_Cabinet_the_Performance_Member_Executive_Members_and_Scrutiny_question_the_report(string role, bool asks) =>
        Assert.Equal(asks, QuestionRules.MayAskOnReport(Holding(role)));

    [Fact]
    public void Only_the_departments_own_Executive_Member_challenges_its_self_assessment()
    {
        Assert.True(QuestionRules.MayAskOnAssessment(Holding(Roles.ExecutiveMember), 3, 3));
        Assert.False(QuestionRules.MayAskOnAssessment(Holding(Roles.ExecutiveMember), 4, 3));
        Assert.False(QuestionRules.MayAskOnAssessment(Holding(Roles.ChiefOfficer), 3, 3));
        Assert.False(QuestionRules.MayAskOnAssessment(Holding(Roles.Cabinet, Roles.Leader), null, 3));
    }

    [Fact]
    public void A_department_question_is_answered_by_its_own_Chief_Officer_and_the_overview_by_the_Head_of_Improvement()
    {
        Assert.True(QuestionRules.MayAnswer(Holding(Roles.ChiefOfficer), 3, 3));
        Assert.False(QuestionRules.MayAnswer(Holding(Roles.ChiefOfficer), 4, 3));
        Assert.False(QuestionRules.MayAnswer(Holding(Roles.ExecutiveMember), 3, 3));
        Assert.False(QuestionRules.MayAnswer(Holding(Roles.HeadOfImprovement), null, 3));
        Assert.True(QuestionRules.MayAnswer(Holding(Roles.HeadOfImprovement), null, null));
        Assert.False(QuestionRules.MayAnswer(Holding(Roles.ChiefOfficer), 3, null));
    }

    [Fact]
    public void A_question_is_put_for_the_askers_body_Cabinet_first_and_none_for_an_Executive_Member()
    {
        Assert.Equal(Body.Cabinet, QuestionRules.BodyOf(Holding(Roles.Leader)));
        Assert.Equal(Body.Cabinet, QuestionRules.BodyOf(Holding(Roles.Cabinet)));
        Assert.Equal(Body.OverviewAndScrutiny, QuestionRules.BodyOf(Holding(Roles.SelectCommittee)));
        Assert.Equal(Body.PerformanceExecutiveMember, QuestionRules.BodyOf(Holding(Roles.PerformanceExecutiveMember)));
        Assert.Equal(Body.Cmt, QuestionRules.BodyOf(Holding(Roles.ChiefOfficer)));
        Assert.Null(QuestionRules.BodyOf(Holding(Roles.ExecutiveMember)));
    }
}
