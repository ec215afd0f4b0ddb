using HccPerformance.Core.Common;
using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.UnitTests.SelfAssessments;

/// <summary>The one rule of who reads a self-assessment's words (issue 13), per role, per status and per surface.</summary>
public sealed class AssessmentVisibilityTests
{
    private const int Environment = 9, Other = 4;
    private static readonly DateOnly Deadline = new(2009, 10, 31);
    private static readonly DateTime OnTime = new(2009, 10, 20, 10, 0, 0, DateTimeKind.Utc);

    private sealed record Person(string Role, int? DepartmentId) : ICurrentUser
    {
        public string? UserId => Role;
        public string UserName => Role;
        public string DisplayName => Role;
        public bool IsInRole(string role) => role == Role;
    }

    private static AssessmentReader Reader(string role, int? department = null) =>
        AssessmentReader.Of(new Person(role, Roles.NeedingDepartment.Contains(role) ? department ?? Environment : null));

    public static TheoryData<AssessmentStatus> Unsent => [AssessmentStatus.Draft, AssessmentStatus.WithExecutiveMember];

    public static TheoryData<AssessmentStatus> Received =>
        [AssessmentStatus.Submitted, AssessmentStatus.Returned, AssessmentStatus.Resubmitted, AssessmentStatus.Accepted];

    [Theory]
    [MemberData(nameof(Unsent))]
    public void A_draft_is_read_only_by_its_own_Chief_Officer_and_Executive_Member_anywhere(AssessmentStatus status)
    {
        foreach (var surface in Enum.GetValues<AssessmentSurface>())
        {
            Assert.True(AssessmentVisibility.MayRead(Reader(Roles.ChiefOfficer), surface, Environment, status));
            Assert.True(AssessmentVisibility.MayRead(Reader(Roles.ExecutiveMember), surface, Environment, status));
            // The department's other staff: the Environment Service Manager on the Waste plan-area page.
            Assert.False(AssessmentVisibility.MayRead(Reader(Roles.ServiceManager), surface, Environment, status));
            Assert.False(AssessmentVisibility.MayRead(Reader(Roles.ChiefOfficer, Other), surface, Environment, status));
            Assert.False(AssessmentVisibility.MayRead(Reader(Roles.ExecutiveMember, Other), surface, Environment, status));
            foreach (var role in new[] { Roles.HeadOfImprovement, Roles.CpegMember, Roles.ChiefExecutive, Roles.PerformanceTeam, Roles.Administrator,
                         Roles.Leader, Roles.Cabinet, Roles.SelectCommittee, Roles.PerformanceExecutiveMember })
            {
                Assert.False(AssessmentVisibility.MayRead(Reader(role), surface, Environment, status), $"{role} reads a draft on {surface}");
            }

            Assert.False(AssessmentVisibility.MayRead(AssessmentReader.Outsider, surface, Environment, status));
        }
    }

    [Theory]
    [MemberData(nameof(Received))]
    public void A_received_assessments_page_is_read_by_its_leads_the_Head_of_Improvement_CPEG_and_the_Chief_Executive_only(AssessmentStatus status)
    {
        string[] readers = [Roles.HeadOfImprovement, Roles.CpegMember, Roles.ChiefExecutive];
        foreach (var role in Roles.All)
        {
            var own = role is Roles.ChiefOfficer or Roles.ExecutiveMember;
            Assert.Equal(own || readers.Contains(role), AssessmentVisibility.MayRead(Reader(role), AssessmentSurface.AssessmentPage, Environment, status));
        }

        // The Performance Team gets 403 on every self-assessment, so reads no item through the raise-a-concern form either.
        Assert.False(AssessmentVisibility.MayRead(Reader(Roles.PerformanceTeam), AssessmentSurface.AssessmentPage, Environment, status));
    }

    [Theory]
    [MemberData(nameof(Received))]
    public void A_received_assessments_items_show_on_officers_pages_to_everyone_but_the_Leader_Cabinet_and_Select_Committee(AssessmentStatus status)
    {
        foreach (var role in Roles.All)
        {
            Assert.Equal(role is not (Roles.Leader or Roles.Cabinet or Roles.SelectCommittee),
                AssessmentVisibility.MayRead(Reader(role, Other), AssessmentSurface.OfficerPages, Environment, status));
            Assert.True(AssessmentVisibility.MayRead(Reader(role, Other), AssessmentSurface.Everyone, Environment, status));
        }
    }

    [Fact]
    public void The_query_filter_and_the_rule_in_memory_agree_for_every_reader_status_and_surface()
    {
        var readers = Roles.All.SelectMany(r => new[] { Reader(r, Environment), Reader(r, Other) }).Append(AssessmentReader.Outsider).Distinct().ToList();
        foreach (var status in Enum.GetValues<AssessmentStatus>())
        {
            var assessment = At(status, Environment);
            foreach (var surface in Enum.GetValues<AssessmentSurface>())
            {
                foreach (var reader in readers)
                {
                    Assert.Equal(AssessmentVisibility.MayRead(reader, surface, Environment, status),
                        AssessmentVisibility.VisibleTo(reader, surface).Compile()(assessment));
                }
            }
        }
    }

    [Fact]
    public void Not_started_is_seen_only_by_the_departments_leads()
    {
        Assert.True(AssessmentVisibility.MayRead(Reader(Roles.ChiefOfficer), AssessmentSurface.AssessmentPage, Environment, null));
        Assert.False(AssessmentVisibility.MayRead(Reader(Roles.HeadOfImprovement), AssessmentSurface.AssessmentPage, Environment, null));
        Assert.False(AssessmentVisibility.MayRead(Reader(Roles.ServiceManager), AssessmentSurface.AssessmentPage, Environment, null));
    }

    [Fact]
    public void A_returned_assessment_shows_everyone_but_its_leads_the_last_submitted_version_never_the_rewrite()
    {
        var assessment = At(AssessmentStatus.Returned, Environment);
        var submitted = assessment.Content;
        var strength = submitted.Strengths[0];
        assessment.Write(submitted with
        {
            OverallStatement = "REWRITE: the Chief Officer's working text",
            AreasForImprovement = ["REWRITE: a rewritten area for improvement"],
            Risks = [.. submitted.Risks, "REWRITE: an added risk"],
        });

        foreach (var reader in new[] { Reader(Roles.ChiefOfficer), Reader(Roles.ExecutiveMember) })
        {
            Assert.False(AssessmentVisibility.ShowsLastSubmitted(reader, Environment, assessment.Status));
            Assert.StartsWith("REWRITE", AssessmentVisibility.ContentAsSeen(assessment, reader).OverallStatement, StringComparison.Ordinal);
            Assert.Contains(AssessmentVisibility.ItemsAsSeen(assessment, reader), i => i.Text.StartsWith("REWRITE", StringComparison.Ordinal));
        }

        foreach (var reader in new[] { Reader(Roles.ServiceManager), Reader(Roles.HeadOfImprovement), Reader(Roles.CpegMember), Reader(Roles.ChiefOfficer, Other),
                     AssessmentReader.Outsider })
        {
            Assert.True(AssessmentVisibility.ShowsLastSubmitted(reader, Environment, assessment.Status));
            var content = AssessmentVisibility.ContentAsSeen(assessment, reader);
            Assert.Equal(submitted.OverallStatement, content.OverallStatement);
            Assert.Equal(submitted.AreasForImprovement, content.AreasForImprovement);
            Assert.Equal(submitted.Risks, content.Risks);
            var items = AssessmentVisibility.ItemsAsSeen(assessment, reader);
            Assert.DoesNotContain(items, i => i.Text.StartsWith("REWRITE", StringComparison.Ordinal));
            Assert.Contains(items, i => i.Text == strength);
        }
    }

    [Fact]
    public void Rows_read_from_outside_a_returned_assessment_keep_only_the_words_as_submitted()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new AssessmentContent("", ["Kept"], [], ["Old risk"], [], ""));
        ReadableItem[] rows =
        [
            new() { ItemId = 1, Section = ItemSection.Strength, Text = "Kept", SubmittedJson = json },
            new() { ItemId = 2, Section = ItemSection.Risk, Text = "REWRITE", SubmittedJson = json },
            new() { ItemId = 3, Section = ItemSection.Risk, Text = "Live, not returned", SubmittedJson = null },
        ];
        Assert.Equal([1, 3], AssessmentVisibility.AsSeen(rows).Select(r => r.ItemId));

        SectionRow[] section =
        [
            new() { AssessmentId = 7, Text = "", SubmittedJson = json },
            new() { AssessmentId = 8, Text = "A live risk", Position = 0 },
        ];
        Assert.Equal(["Old risk", "A live risk"], AssessmentVisibility.Expand(section, ItemSection.Risk).Select(t => t.Text));
    }

    [Fact]
    public void The_audit_trail_withholds_only_the_working_text()
    {
        Assert.True(AssessmentVisibility.IsWorkingText(nameof(SelfAssessment), nameof(SelfAssessment.OverallStatement)));
        Assert.True(AssessmentVisibility.IsWorkingText(nameof(SelfAssessment), nameof(SelfAssessment.TradeOffs)));
        Assert.True(AssessmentVisibility.IsWorkingText(nameof(AssessmentItem), nameof(AssessmentItem.Text)));
        Assert.False(AssessmentVisibility.IsWorkingText(nameof(SelfAssessment), nameof(SelfAssessment.Status)));
        Assert.False(AssessmentVisibility.IsWorkingText(nameof(AssessmentVersion), nameof(AssessmentVersion.ContentJson)));
    }

    private static SelfAssessment At(AssessmentStatus status, int departmentId)
    {
        var a = new SelfAssessment(departmentId, 1);
        a.Write(SelfAssessmentWorkflowTests.Complete());
        if (status == AssessmentStatus.Draft)
        {
            return a;
        }

        a.SendToExecutiveMember();
        if (status == AssessmentStatus.WithExecutiveMember)
        {
            return a;
        }

        a.Confirm("Executive Member", null, OnTime, Deadline);
        if (status == AssessmentStatus.Submitted)
        {
            return a;
        }

        if (status == AssessmentStatus.Accepted)
        {
            a.Accept(OnTime);
            return a;
        }

        a.Return("Where is the evidence?");
        if (status == AssessmentStatus.Returned)
        {
            return a;
        }

        a.Resubmit("Chief Officer", OnTime);
        return a;
    }
}
