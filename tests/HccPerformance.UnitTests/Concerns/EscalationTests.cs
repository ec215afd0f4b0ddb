using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;

namespace HccPerformance.UnitTests.Concerns;

/// <summary>Escalations that reach their body (issue 15): menu items 13, 14, 15 and 17 escalate; the body responds once.</summary>
public sealed class EscalationTests
{
    private static readonly DateOnly Day = new(2009, 7, 15);

    private static MenuItem Item(int number) => MenuItem.AppendixTwo().Single(m => m.Number == number);

    private static AreaOfConcern Active()
    {
        var concern = new AreaOfConcern("NI 192 recycling below target", 3, ConcernSource.Indicator, 42, "31.2% against 38%", Day, "cpeg.member");
        concern.DecideLocalImportance(true, "Recycling is a council priority.", Day);
        return concern;
    }

    [Theory]
    [InlineData(13, EscalatedTo.Cmt, Body.Cmt)]
    [InlineData(14, EscalatedTo.PerformanceExecutiveMember, Body.PerformanceExecutiveMember)]
    [InlineData(15, EscalatedTo.Cabinet, Body.Cabinet)]
    [InlineData(17, EscalatedTo.OverviewAndScrutiny, Body.OverviewAndScrutiny)]
    public void Assigning_an_escalating_item_records_the_escalation_to_its_body(int number, EscalatedTo to, Body body)
    {
        var concern = Active();

        concern.Assign(Item(number), "officer", 2, Day, "CPEG (Demo)");

        var escalation = Assert.Single(concern.Escalations);
        Assert.Equal(to, escalation.Body);
        Assert.Equal(body, Escalation.BodyOf(escalation.Body));
        Assert.Contains(Item(number).Description, escalation.Reason, StringComparison.Ordinal);
        Assert.Equal("CPEG (Demo)", escalation.RaisedBy);
    }

    [Fact]
    public void Other_items_escalate_nothing_and_the_menu_names_four_bodies()
    {
        var concern = Active();
        concern.Assign(Item(16), "officer", 2, Day);

        Assert.Empty(concern.Escalations);
        Assert.Equal([13, 14, 15, 17], MenuItem.AppendixTwo().Where(m => m.EscalatesTo is not null).Select(m => m.Number));
    }

    [Fact]
    public void The_Leader_is_a_body_of_their_own_and_the_Leader_also_sits_on_Cabinet()
    {
        Assert.Equal(Body.Leader, Escalation.BodyOf(EscalatedTo.Leader));
        Assert.True(Bodies.SitsOn(r => r == Roles.Leader, Escalation.BodyOf(EscalatedTo.Cabinet)));
        Assert.False(Bodies.SitsOn(r => r == Roles.Cabinet, Escalation.BodyOf(EscalatedTo.Leader)));
    }

    [Fact]
    public void The_body_responds_once_and_a_second_response_is_refused_showing_the_first()
    {
        var concern = Active();
        var escalation = concern.Escalate(EscalatedTo.Cabinet, "Needs Cabinet's backing for the new depot.", Day);

        Assert.Equal(nameof(EscalationResponse.Kind),
            Assert.Throws<DomainException>(() => concern.Respond(escalation.Id, null, "Agreed", "Cabinet member", Day)).Field);
        Assert.Equal(nameof(EscalationResponse.Text),
            Assert.Throws<DomainException>(() => concern.Respond(escalation.Id, EscalationResponseKind.Decision, " ", "Cabinet member", Day)).Field);

        concern.Respond(escalation.Id, EscalationResponseKind.Decision, "Cabinet agrees the depot budget.", "Cabinet member", Day.AddDays(14));
        var second = Assert.Throws<DomainException>(() => concern.Respond(escalation.Id, EscalationResponseKind.Noted, "Noted", "Leader of the Council", Day.AddDays(15)));

        Assert.Contains("Cabinet agrees the depot budget.", second.Message, StringComparison.Ordinal);
        Assert.Contains("29 Jul 2009", second.Message, StringComparison.Ordinal);
        Assert.Equal("Cabinet agrees the depot budget.", escalation.Response!.Text);
    }

    [Fact]
    public void A_blocker_needs_its_department_but_no_record()
    {
        var blocker = new AreaOfConcern("Purchasing rule blocks vehicle replacement", 3, ConcernSource.Disempowerment, 99, "Two gritters off the road", Day, "service.manager");

        Assert.Null(blocker.SourceId);
        Assert.Equal(nameof(AreaOfConcern.DepartmentId),
            Assert.Throws<DomainException>(() => new AreaOfConcern("No department", null, ConcernSource.Disempowerment, null, "Evidence", Day, "x")).Field);
    }
}
