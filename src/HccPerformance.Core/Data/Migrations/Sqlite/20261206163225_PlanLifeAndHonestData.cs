using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.Sqlite
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

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "MenuOfInterventions",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

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

            migrationBuilder.AddColumn<string>(
                name: "PolaritySource",
                table: "Indicators",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferenceSource",
                table: "Indicators",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

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

            migrationBuilder.AddColumn<int>(
                name: "PlanTermId",
                table: "ImprovementPlans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "ImprovementPlans",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

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

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Departments",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

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

            migrationBuilder.CreateTable(
                name: "PlanTerms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    LiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                SELECT StartYear, EndYear, printf('%04d-04-01', StartYear), printf('%04d-03-31', EndYear), 5, printf('%04d-04-01', StartYear),
                       strftime('%Y-%m-%d %H:%M:%S', 'now'), 'Migration', upper(hex(randomblob(16)))
                FROM (SELECT DISTINCT StartYear, EndYear FROM ImprovementPlans);
                UPDATE ImprovementPlans SET PlanTermId =
                    (SELECT t.Id FROM PlanTerms t WHERE t.StartYear = ImprovementPlans.StartYear AND t.EndYear = ImprovementPlans.EndYear);
                """);

            migrationBuilder.CreateTable(
                name: "PriorityAreaImpactAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaLineage = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpectedImpact = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OnWhom = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EqualityConsiderations = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    HowMeasured = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityAreaImpactAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PriorityAreaOrigins",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaLineage = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityAreaOrigins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServicePlanLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaLineage = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    DemoData = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanAreaChangeProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanTermId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Lineage = table.Column<Guid>(type: "TEXT", nullable: true),
                    CurrentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ThemeNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProposedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanTermId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Utc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanTermId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanTermId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reached = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FurtherAreas = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Lineage = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
