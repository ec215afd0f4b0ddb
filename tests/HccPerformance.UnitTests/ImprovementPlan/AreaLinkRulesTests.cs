using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;

namespace HccPerformance.UnitTests.ImprovementPlan;

/// <summary>Issue 16: who writes an area's impact assessment and service plan links, and what an origin, assessment and link must hold.</summary>
public sealed class AreaLinkRulesTests
{
    private static Func<string, bool> As(params string[] roles) => roles.Contains;

    [Theory]
    [InlineData(Roles.HeadOfImprovement, null, true)]
    [InlineData(Roles.PerformanceTeam, null, true)]
    [InlineData(Roles.ChiefOfficer, 7, true)]
    [InlineData(Roles.ChiefOfficer, 8, false)]
    [InlineData(Roles.ExecutiveMember, 7, false)]
    [InlineData(Roles.ServiceManager, 7, false)]
    [InlineData(Roles.CpegMember, null, false)]
    [InlineData(Roles.Cabinet, null, false)]
    public void The_impact_assessment_is_written_by_the_keepers_and_the_accountable_Chief_Officer(string role, int? department, bool may) =>
        Assert.Equal(may, AreaLinkRules.MayAssessImpact(As(role), department, 7));

    [Fact]
    public void No_Chief_Officer_writes_the_assessment_of_an_area_nobody_answers_for_yet() =>
        Assert.False(AreaLinkRules.MayAssessImpact(As(Roles.ChiefOfficer), 7, null));

    [Fact]
    public void The_keepers_record_for_every_department_of_the_area_and_a_Chief_Officer_for_their_own_only()
    {
        int[] area = [7, 9, 7];

        Assert.Equal([7, 9], AreaLinkRules.DepartmentsToRecordFor(As(Roles.HeadOfImprovement), null, area));
        Assert.Equal([7, 9], AreaLinkRules.DepartmentsToRecordFor(As(Roles.PerformanceTeam), null, area));
        Assert.Equal([9], AreaLinkRules.DepartmentsToRecordFor(As(Roles.ChiefOfficer), 9, area));
        Assert.Empty(AreaLinkRules.DepartmentsToRecordFor(As(Roles.ChiefOfficer), 8, area));
        Assert.Empty(AreaLinkRules.DepartmentsToRecordFor(As(Roles.ExecutiveMember), 7, area));
    }

    [Fact]
    public void A_link_is_removed_by_the_keepers_or_its_own_departments_Chief_Officer()
    {
        Assert.True(AreaLinkRules.MayRemoveServicePlan(As(Roles.HeadOfImprovement), null, 7));
        Assert.True(AreaLinkRules.MayRemoveServicePlan(As(Roles.ChiefOfficer), 7, 7));
        Assert.False(AreaLinkRules.MayRemoveServicePlan(As(Roles.ChiefOfficer), 8, 7));
        Assert.False(AreaLinkRules.MayRemoveServicePlan(As(Roles.Cabinet), 7, 7));
    }

    [Fact]
    public void Local_importance_must_say_why_and_a_record_origin_must_name_its_record()
    {
        var local = Assert.Throws<DomainException>(() => new AreaOrigin(Guid.NewGuid(), AreaOriginKind.LocalImportance, null, "Local importance", " ", "Head", DateTime.UtcNow));
        Assert.Equal(nameof(AreaOrigin.Reason), local.Field);
        var record = Assert.Throws<DomainException>(() => new AreaOrigin(Guid.NewGuid(), AreaOriginKind.Indicator, null, "NI 1", null, "Head", DateTime.UtcNow));
        Assert.Equal(nameof(AreaOrigin.SourceId), record.Field);

        var kept = new AreaOrigin(Guid.NewGuid(), AreaOriginKind.LocalImportance, 12, "Local importance", " Members asked ", "Head", DateTime.UtcNow);
        Assert.Null(kept.SourceId);
        Assert.Equal("Members asked", kept.Reason);
    }

    [Fact]
    public void An_impact_assessment_holds_all_four_answers()
    {
        var error = Assert.Throws<DomainException>(() => new ImpactAssessment(Guid.NewGuid(), "More choice", "Adults", "", "NI 130"));
        Assert.Equal(nameof(ImpactAssessment.EqualityConsiderations), error.Field);

        var assessment = new ImpactAssessment(Guid.NewGuid(), " More choice ", "Adults", "Easy read", "NI 130");
        Assert.Equal("More choice", assessment.ExpectedImpact);
    }

    [Theory]
    [InlineData("https://intranet.example.org/plan", "https://intranet.example.org/plan")]
    [InlineData("http://intranet/plan", "http://intranet/plan")]
    [InlineData("Service plan 2009/10, section 4", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("file:///c:/plans/plan.doc", null)]
    public void Only_a_web_address_is_shown_as_a_link(string reference, string? url) =>
        Assert.Equal(url, ServicePlanLink.AsUrl(reference));

    [Theory]
    [InlineData("https://intranet.example.org/plan", true)]
    [InlineData("Service plan 2009/10, section 4", true)]
    [InlineData("www.example.org/plan", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("ftp://example.org/plan", false)]
    public void A_reference_that_looks_like_an_address_must_be_one_that_works(string reference, bool valid)
    {
        var result = new ServicePlanLinkInputValidator().Validate(new ServicePlanLinkInput { DepartmentId = 1, Name = "Plan", Reference = reference });
        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void A_proposal_from_a_record_names_it_and_one_of_local_importance_says_why()
    {
        var validator = new NewAreaInputValidator();
        var input = new NewAreaInput { ThemeNumber = 1, ShortName = "Area", Description = "What", Reason = "Why" };

        Assert.True(validator.Validate(input).IsValid);
        Assert.Contains(validator.Validate(input with { OriginKind = AreaOriginKind.Indicator }).Errors, e => e.PropertyName == nameof(NewAreaInput.OriginId));
        Assert.Contains(validator.Validate(input with { OriginKind = AreaOriginKind.LocalImportance }).Errors, e => e.PropertyName == nameof(NewAreaInput.OriginReason));
        Assert.Contains(validator.Validate(input with { OriginKind = (AreaOriginKind)99, OriginId = 1 }).Errors, e => e.PropertyName == nameof(NewAreaInput.OriginKind));
        Assert.True(validator.Validate(input with { OriginKind = AreaOriginKind.Concern, OriginId = 4 }).IsValid);
    }

    [Theory]
    [InlineData("indicator", AreaOriginKind.Indicator)]
    [InlineData("Benchmark", AreaOriginKind.Benchmark)]
    [InlineData("recommendation", AreaOriginKind.Recommendation)]
    [InlineData("concern", AreaOriginKind.Concern)]
    [InlineData("local", AreaOriginKind.LocalImportance)]
    [InlineData("nowhere", null)]
    [InlineData(null, null)]
    public void The_propose_link_names_its_kind_of_record(string? from, AreaOriginKind? kind) =>
        Assert.Equal(kind, AreaOriginWords.Parse(from));
}
