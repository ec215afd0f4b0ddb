using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlanLifeAndHonestData : Migration
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

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "MenuOfInterventions",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

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

            migrationBuilder.AddColumn<string>(
                name: "PolaritySource",
                table: "Indicators",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferenceSource",
                table: "Indicators",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

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

            migrationBuilder.AddColumn<int>(
                name: "PlanTermId",
                table: "ImprovementPlans",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "ImprovementPlans",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

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

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Departments",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

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

            migrationBuilder.CreateTable(
                name: "PlanTerms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StartYear = table.Column<int>(type: "int", nullable: false),
                    EndYear = table.Column<int>(type: "int", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    LiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PredecessorId = table.Column<int>(type: "int", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTerms_PlanTerms_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "PlanTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // A database made before plans had a life cycle holds plan years with no plan: each plan (its years) becomes one
            // plan in operation from its start, as the reference seed makes the 2008-2011 plan.
            migrationBuilder.Sql("""
                INSERT INTO PlanTerms (StartYear, EndYear, StartsOn, EndsOn, Status, LiveFrom, CreatedUtc, CreatedBy, Version)
                SELECT StartYear, EndYear, DATEFROMPARTS(StartYear, 4, 1), DATEFROMPARTS(EndYear, 3, 31), 5, DATEFROMPARTS(StartYear, 4, 1),
                       SYSUTCDATETIME(), 'Migration', NEWID()
                FROM (SELECT DISTINCT StartYear, EndYear FROM ImprovementPlans) p;
                UPDATE ImprovementPlans SET PlanTermId =
                    (SELECT t.Id FROM PlanTerms t WHERE t.StartYear = ImprovementPlans.StartYear AND t.EndYear = ImprovementPlans.EndYear);
                """);

            migrationBuilder.CreateTable(
                name: "PriorityAreaImpactAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaLineage = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExpectedImpact = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    OnWhom = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    EqualityConsiderations = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    HowMeasured = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityAreaImpactAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PriorityAreaOrigins",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaLineage = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SourceId = table.Column<int>(type: "int", nullable: true),
                    SourceTitle = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityAreaOrigins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServicePlanLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaLineage = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AddedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePlanLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServicePlanLinks_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SiteSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    DemoData = table.Column<bool>(type: "bit", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanAreaChangeProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanTermId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Lineage = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CurrentName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ThemeNumber = table.Column<int>(type: "int", nullable: true),
                    ShortName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ProposedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ProposedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanAreaChangeProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanAreaChangeProposals_PlanTerms_PlanTermId",
                        column: x => x.PlanTermId,
                        principalTable: "PlanTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanTermId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Utc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanComments_PlanTerms_PlanTermId",
                        column: x => x.PlanTermId,
                        principalTable: "PlanTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanTermId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanReviews_PlanTerms_PlanTermId",
                        column: x => x.PlanTermId,
                        principalTable: "PlanTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanTermId = table.Column<int>(type: "int", nullable: false),
                    Reached = table.Column<int>(type: "int", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    FurtherAreas = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanSteps_PlanTerms_PlanTermId",
                        column: x => x.PlanTermId,
                        principalTable: "PlanTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanReviewDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanReviewId = table.Column<int>(type: "int", nullable: false),
                    Lineage = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AreaName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReviewDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanReviewDecisions_PlanReviews_PlanReviewId",
                        column: x => x.PlanReviewId,
                        principalTable: "PlanReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementPlans_PlanTermId",
                table: "ImprovementPlans",
                column: "PlanTermId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanAreaChangeProposals_PlanTermId",
                table: "PlanAreaChangeProposals",
                column: "PlanTermId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanComments_PlanTermId",
                table: "PlanComments",
                column: "PlanTermId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviewDecisions_PlanReviewId",
                table: "PlanReviewDecisions",
                column: "PlanReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_PlanTermId_Kind",
                table: "PlanReviews",
                columns: new[] { "PlanTermId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanSteps_PlanTermId",
                table: "PlanSteps",
                column: "PlanTermId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTerms_PredecessorId",
                table: "PlanTerms",
                column: "PredecessorId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTerms_StartYear",
                table: "PlanTerms",
                column: "StartYear");

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAreaImpactAssessments_AreaLineage",
                table: "PriorityAreaImpactAssessments",
                column: "AreaLineage",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAreaOrigins_AreaLineage",
                table: "PriorityAreaOrigins",
                column: "AreaLineage");

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAreaOrigins_Kind_SourceId",
                table: "PriorityAreaOrigins",
                columns: new[] { "Kind", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_ServicePlanLinks_AreaLineage_DepartmentId_Name",
                table: "ServicePlanLinks",
                columns: new[] { "AreaLineage", "DepartmentId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServicePlanLinks_DepartmentId",
                table: "ServicePlanLinks",
                column: "DepartmentId");

            migrationBuilder.AddForeignKey(
                name: "FK_ImprovementPlans_PlanTerms_PlanTermId",
                table: "ImprovementPlans",
                column: "PlanTermId",
                principalTable: "PlanTerms",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ImprovementPlans_PlanTerms_PlanTermId",
                table: "ImprovementPlans");

            migrationBuilder.DropTable(
                name: "PlanAreaChangeProposals");

            migrationBuilder.DropTable(
                name: "PlanComments");

            migrationBuilder.DropTable(
                name: "PlanReviewDecisions");

            migrationBuilder.DropTable(
                name: "PlanSteps");

            migrationBuilder.DropTable(
                name: "PriorityAreaImpactAssessments");

            migrationBuilder.DropTable(
                name: "PriorityAreaOrigins");

            migrationBuilder.DropTable(
                name: "ServicePlanLinks");

            migrationBuilder.DropTable(
                name: "SiteSettings");

            migrationBuilder.DropTable(
                name: "PlanReviews");

            migrationBuilder.DropTable(
                name: "PlanTerms");

            migrationBuilder.DropIndex(
                name: "IX_ImprovementPlans_PlanTermId",
                table: "ImprovementPlans");

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
                name: "Source",
                table: "MenuOfInterventions");

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
                name: "PolaritySource",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "ReferenceSource",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "ResponsibilityIsDemo",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "IndicatorResults");

            migrationBuilder.DropColumn(
                name: "PlanTermId",
                table: "ImprovementPlans");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "ImprovementPlans");

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
                name: "Source",
                table: "Departments");

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
