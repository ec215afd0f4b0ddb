using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Issue17DemoRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "UrgentDecisions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "SelfAssessments",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "ScrutinyReviews",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "ScrutinyRecommendations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "ScorecardMembers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Risks",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "RiskReviews",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "ReportBacks",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Recommendations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Questions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AccountabilityIsDemo",
                table: "PriorityAreas",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "PlanTargets",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "PlanProgressUpdates",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "PlanMilestones",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "MeetingDecisions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "IssuedReports",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "IssuedCpegReports",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Interventions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Inspections",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "IndicatorTargets",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Indicators",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ResponsibilityIsDemo",
                table: "Indicators",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "IndicatorResults",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Escalations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "EscalationResponses",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "EmergingRisks",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "CpegMeetings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "CollatedReports",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "CaseStudies",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "BenchmarkResults",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "AreasOfConcern",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Annotations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Ambitions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "AmbitionRequests",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "AalborgScores",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "UrgentDecisions");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "SelfAssessments");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "ScrutinyReviews");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "ScrutinyRecommendations");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "ScorecardMembers");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "Risks");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "RiskReviews");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "ReportBacks");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "AccountabilityIsDemo",
                table: "PriorityAreas");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "PlanTargets");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "PlanProgressUpdates");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "PlanMilestones");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "MeetingDecisions");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "IssuedReports");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "IssuedCpegReports");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "IndicatorTargets");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "ResponsibilityIsDemo",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "IndicatorResults");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "Escalations");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "EscalationResponses");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "EmergingRisks");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "CpegMeetings");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "CollatedReports");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "CaseStudies");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "BenchmarkResults");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "AreasOfConcern");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "Annotations");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "Ambitions");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "AmbitionRequests");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "AalborgScores");
        }
    }
}
