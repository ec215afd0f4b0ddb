using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;

namespace HccPerformance.UnitTests.Organisation;

public sealed class GroupMappingTests
{
    [Fact]
    public void A_role_that_answers_for_a_department_needs_one()
    {
        var error = Assert.Throws<DomainException>(() => new GroupMapping("hcc-chief-officers", Roles.ChiefOfficer, null));
        Assert.Equal(nameof(GroupMapping.DepartmentId), error.Field);
    }

    [Fact]
    public void An_unknown_role_or_an_empty_value_is_refused_naming_its_field()
    {
        Assert.Equal(nameof(GroupMapping.Role), Assert.Throws<DomainException>(() => new GroupMapping("hcc-kings", "King", null)).Field);
        Assert.Equal(nameof(GroupMapping.GroupValue), Assert.Throws<DomainException>(() => new GroupMapping("  ", Roles.Cabinet, null)).Field);
    }

    [Fact]
    public void The_value_is_kept_without_the_spaces_around_it()
    {
        Assert.Equal("hcc-cabinet", new GroupMapping(" hcc-cabinet ", Roles.Cabinet, null).GroupValue);
    }
}
