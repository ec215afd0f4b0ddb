using HccPerformance.Core.Common;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>A demo person acting through a service in the seeder, so demo records go through the same rules as the site's.</summary>
internal sealed class DemoActor(DemoUser person) : ICurrentUser
{
    public string? UserId => null;
    public string UserName => person.UserName;
    public string DisplayName => person.DisplayName;
    public int? DepartmentId => null;

    public bool IsInRole(string role) => role == person.Role;

    public static DemoActor Named(string userName) =>
        new(DemoCouncilSeeder.People.Concat(DemoCouncilSeeder.DepartmentPeople).Single(p => p.UserName == userName));
}
