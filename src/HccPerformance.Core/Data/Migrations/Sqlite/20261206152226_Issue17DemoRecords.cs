using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "SelfAssessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "ScrutinyReviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "ScrutinyRecommendations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "ScorecardMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Risks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "RiskReviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "ReportBacks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Recommendations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Questions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AccountabilityIsDemo",
                table: "PriorityAreas",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "PlanTargets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "PlanProgressUpdates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "PlanMilestones",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "MeetingDecisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "IssuedReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "IssuedCpegReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Interventions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Inspections",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "IndicatorTargets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ResponsibilityIsDemo",
                table: "Indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "IndicatorResults",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Escalations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "EscalationResponses",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "EmergingRisks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "CpegMeetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "CollatedReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "CaseStudies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "BenchmarkResults",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "AreasOfConcern",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Annotations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Ambitions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "AmbitionRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "AalborgScores",
                type: "INTEGER",
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
