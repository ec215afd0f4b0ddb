using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;

namespace HccPerformance.UnitTests.Organisation;

/// <summary>The claims-to-roles rule of council sign-in (issue 19).</summary>
public sealed class GroupRolesTests
{
    private const int AdultServices = 1;
    private const int Environment = 3;

    private static readonly GroupRoles.Row[] Mapping =
    [
        new("hcc-administrators", Roles.Administrator, null, 1),
        new("hcc-chief-officers-as", Roles.ChiefOfficer, AdultServices, 2),
        new("hcc-cpeg", Roles.CpegMember, null, 3),
        new("hcc-service-managers-env", Roles.ServiceManager, Environment, 4),
        new("hcc-chief-executive", Roles.ChiefExecutive, null, 5),
        new("hcc-chief-executive", Roles.CpegMember, null, 6),
    ];

    [Fact]
    public void The_roles_are_exactly_those_the_mapping_gives_the_groups_in_the_token()
    {
        var mapped = GroupRoles.Resolve(["hcc-chief-officers-as", "hcc-cpeg", "finance-readers"], Mapping);

        Assert.Equal(new HashSet<string> { Roles.ChiefOfficer, Roles.CpegMember }, mapped.Roles);
        Assert.Equal(AdultServices, mapped.DepartmentId);
        Assert.True(mapped.HasAccess);
    }

    [Fact]
    public void One_group_may_give_several_roles()
    {
        Assert.Equal(new HashSet<string> { Roles.ChiefExecutive, Roles.CpegMember }, GroupRoles.Resolve(["hcc-chief-executive"], Mapping).Roles);
    }

    [Fact]
    public void A_token_with_no_mapped_group_gives_no_role_and_no_access()
    {
        var mapped = GroupRoles.Resolve(["finance-readers", "all-staff"], Mapping);

        Assert.Empty(mapped.Roles);
        Assert.Null(mapped.DepartmentId);
        Assert.False(mapped.HasAccess);
        Assert.False(GroupRoles.Resolve([], Mapping).HasAccess);
    }

    [Fact]
    public void Group_values_compare_exactly_as_the_provider_sends_them()
    {
        Assert.False(GroupRoles.Resolve(["HCC-ADMINISTRATORS", "hcc-administrators-old"], Mapping).HasAccess);
        Assert.Equal(new HashSet<string> { Roles.Administrator }, GroupRoles.Resolve([" hcc-administrators "], Mapping).Roles);
    }

    [Fact]
    public void With_two_departments_the_row_added_first_decides_whatever_order_the_token_lists_them_in()
    {
        Assert.Equal(AdultServices, GroupRoles.Resolve(["hcc-service-managers-env", "hcc-chief-officers-as"], Mapping).DepartmentId);
        Assert.Equal(AdultServices, GroupRoles.Resolve(["hcc-chief-officers-as", "hcc-service-managers-env"], Mapping).DepartmentId);
    }

    [Fact]
    public void A_mapping_in_use_must_keep_a_row_that_gives_Administrator()
    {
        Assert.True(GroupRoles.LeavesAnAdministrator([]));
        Assert.True(GroupRoles.LeavesAnAdministrator([Roles.Administrator]));
        Assert.True(GroupRoles.LeavesAnAdministrator([Roles.CpegMember, Roles.Administrator]));
        Assert.False(GroupRoles.LeavesAnAdministrator([Roles.CpegMember]));
        Assert.False(GroupRoles.LeavesAnAdministrator([Roles.ChiefOfficer, Roles.ServiceManager]));
    }
}
