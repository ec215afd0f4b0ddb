using System.Xml.Linq;
using HccPerformance.Core.Data;

namespace HccPerformance.UnitTests.Architecture;

/// <summary>Convention 15, checked: each feature owns its tables, and Core never sees MVC or HttpContext.</summary>
public sealed class CoreBoundariesTests
{
    private static readonly BoundaryChecker Checker = new();

    private static string CoreRoot => RepositoryFiles.PathOf("src", "HccPerformance.Core");

    [Fact]
    public void No_Core_file_outside_a_feature_touches_its_tables_and_none_uses_MVC_or_HTTP()
    {
        var violations = Checker.CheckTree(CoreRoot);
        Assert.True(violations.Count == 0, "Boundaries broken:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Every_set_on_the_context_has_an_owning_folder_that_exists()
    {
        Assert.NotEmpty(Checker.SetOwners);
        foreach (var (set, owner) in Checker.SetOwners)
        {
            var path = Path.Combine(CoreRoot, owner.TrimEnd('/'));
            Assert.True(owner.EndsWith('/') ? Directory.Exists(path) : File.Exists(path), $"{set} is owned by {owner}, which does not exist.");
        }

        Assert.Equal("SelfAssessments/", Checker.SetOwners[nameof(AppDbContext.SelfAssessments)]);
        Assert.Equal("Organisation/", Checker.SetOwners[nameof(AppDbContext.Departments)]);
        Assert.Equal("Organisation/PeopleDirectory.cs", Checker.SetOwners[nameof(AppDbContext.Users)]);
        Assert.Equal("SelfAssessments/", Checker.EntityOwners["AssessmentItem"]);
    }

    [Fact]
    public void Every_Data_allow_list_entry_names_something_that_exists()
    {
        foreach (var entry in BoundaryChecker.DataAllowList.Keys)
        {
            var path = Path.Combine(CoreRoot, entry.TrimEnd('/'));
            Assert.True(entry.EndsWith('/') ? Directory.Exists(path) : File.Exists(path), $"{entry} is allowed but does not exist.");
        }
    }

    [Fact]
    public void A_file_querying_another_features_set_is_caught()
    {
        const string source = """
            namespace HccPerformance.Core.Dashboard;
            public sealed class Sneaky(AppDbContext db)
            {
                // db.Risks in a comment is not a query.
                public IQueryable<SelfAssessment> Drafts() => db.SelfAssessments.Where(a => a.Status == AssessmentStatus.Draft);
            }
            """;
        var violation = Assert.Single(Checker.Check("Dashboard/Sneaky.cs", source));
        Assert.Equal("db.SelfAssessments", violation.Touched);
        Assert.Equal("SelfAssessments/", violation.Owner);
        Assert.Equal(5, violation.Line);
    }

    [Fact]
    public void A_file_reaching_another_features_entity_set_is_caught_whatever_the_context_is_called()
    {
        const string source = """
            public sealed class Sneaky(AppDbContext context)
            {
                public IQueryable<AssessmentItem> Items() => context.Set<SelfAssessments.AssessmentItem>();
                public IQueryable<Risk> Risks() => context.Risks;
            }
            """;
        var violations = Checker.Check("Reports/Sneaky.cs", source).ToList();
        Assert.Equal(["Set<AssessmentItem>()", "context.Risks"], violations.Select(v => v.Touched).Order().Reverse());
    }

    [Fact]
    public void Identity_tables_are_read_only_by_the_people_directory()
    {
        const string source = """
            public sealed class Sneaky(AppDbContext db)
            {
                public IQueryable<string> Names() => from u in db.Users join ur in db.UserRoles on u.Id equals ur.UserId select u.DisplayName;
            }
            """;
        Assert.Equal(2, Checker.Check("Concerns/Sneaky.cs", source).Count());
        Assert.Equal(2, Checker.Check("Organisation/UserAdministration.cs", source).Count());
        Assert.Empty(Checker.Check("Organisation/PeopleDirectory.cs", source));
    }

    [Fact]
    public void A_feature_querying_its_own_sets_and_seeding_querying_any_are_allowed_but_the_rest_of_Data_is_not()
    {
        const string source = """
            public sealed class Fine(AppDbContext db)
            {
                public IQueryable<SelfAssessment> All() => db.SelfAssessments.Include(a => a.Items);
                public IQueryable<ItemLink> Links() => db.Set<ItemLink>();
            }
            """;
        Assert.Empty(Checker.Check("SelfAssessments/Fine.cs", source));
        Assert.Empty(Checker.Check("Data/Seeding/DemoSomething.cs", source));
        Assert.Equal(2, Checker.Check("Data/Sneaky.cs", source).Count());
    }

    [Fact]
    public void Core_using_MVC_or_HTTP_is_caught()
    {
        const string source = """
            using Microsoft.AspNetCore.Mvc;
            public sealed class Sneaky
            {
                public string Path(Microsoft.AspNetCore.Http.HttpContext http) => http.Request.Path;
            }
            """;
        var violations = Checker.Check("Common/Sneaky.cs", source).ToList();
        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Equal("Core never sees MVC or HttpContext", v.Rule));
    }

    [Fact]
    public void Core_references_no_MVC_or_HTTP_assembly_and_not_the_ASP_NET_Core_framework()
    {
        var referenced = typeof(AppDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.AspNetCore.Http", StringComparison.Ordinal));

        var project = XDocument.Load(Path.Combine(CoreRoot, "HccPerformance.Core.csproj"));
        Assert.DoesNotContain(project.Descendants("FrameworkReference"), r => (string?)r.Attribute("Include") == "Microsoft.AspNetCore.App");
    }
}
