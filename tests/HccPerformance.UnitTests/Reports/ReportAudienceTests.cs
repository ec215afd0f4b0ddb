using HccPerformance.Core.Common;
using HccPerformance.Core.Reports;

namespace HccPerformance.UnitTests.Reports;

/// <summary>Who reads an issued version at each stage of its journey: one rule, in one place.</summary>
public sealed class ReportAudienceTests
{
    [Theory]
    [InlineData(Roles.HeadOfImprovement, 0)]
    [InlineData(Roles.PerformanceTeam, 0)]
    [InlineData(Roles.CpegMember, 0)]
    [InlineData(Roles.ChiefExecutive, 0)]
    [InlineData(Roles.ChiefOfficer, 0)]
    [InlineData(Roles.ServiceManager, 0)]
    [InlineData(Roles.PerformanceExecutiveMember, 1)]
    [InlineData(Roles.ExecutiveMember, 2)]
    [InlineData(Roles.Leader, 2)]
    [InlineData(Roles.Cabinet, 2)]
    [InlineData(Roles.SelectCommittee, 2)]
    public void Each_role_reads_a_version_once_it_has_gone_this_far(string role, int steps)
    {
        Assert.Equal(steps, ReportAudience.StepsBeforeReading(r => r == role));
        Assert.True(ReportAudience.MayRead(r => r == role, steps));
        Assert.Equal(steps > 0, !ReportAudience.MayRead(r => r == role, steps - 1) && steps > 0);
    }

    [Fact]
    public void Someone_holding_several_roles_reads_by_the_earliest_and_someone_with_none_reads_nothing()
    {
        Assert.Equal(0, ReportAudience.StepsBeforeReading(r => r is Roles.Cabinet or Roles.ChiefOfficer));
        Assert.Null(ReportAudience.StepsBeforeReading(_ => false));
        Assert.False(ReportAudience.MayRead(_ => false, 3));
    }

    [Fact]
    public void CPEG_is_told_at_every_step_and_the_members_once_it_reaches_Cabinet()
    {
        Assert.Equal([Roles.CpegMember, Roles.ChiefExecutive, Roles.ChiefExecutive, Roles.ChiefOfficer], ReportAudience.ToldAt(0));
        Assert.Equal([Roles.CpegMember, Roles.ChiefExecutive, Roles.PerformanceExecutiveMember], ReportAudience.ToldAt(1));
        Assert.Equal([Roles.CpegMember, Roles.ChiefExecutive, Roles.ExecutiveMember, Roles.Leader, Roles.Cabinet, Roles.SelectCommittee], ReportAudience.ToldAt(2));
        Assert.Equal([Roles.CpegMember, Roles.ChiefExecutive], ReportAudience.ToldAt(3));
    }
}
