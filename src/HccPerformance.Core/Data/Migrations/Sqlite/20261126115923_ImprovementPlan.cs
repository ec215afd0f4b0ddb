using System;
using HccPerformance.Core.Common;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImprovementPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImprovementPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    FocusYear = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CorporateImprovementPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subtitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanThemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanThemes_ImprovementPlans_CorporateImprovementPlanId",
                        column: x => x.CorporateImprovementPlanId,
                        principalTable: "ImprovementPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PriorityAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CorporateImprovementPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Lineage = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AccountableDepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Tags = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriorityAreas_Departments_AccountableDepartmentId",
                        column: x => x.AccountableDepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PriorityAreas_ImprovementPlans_CorporateImprovementPlanId",
                        column: x => x.CorporateImprovementPlanId,
                        principalTable: "ImprovementPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanMilestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PriorityAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanMilestones_PriorityAreas_PriorityAreaId",
                        column: x => x.PriorityAreaId,
                        principalTable: "PriorityAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PriorityAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportingPeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rag = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Commentary = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanProgressUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanProgressUpdates_PriorityAreas_PriorityAreaId",
                        column: x => x.PriorityAreaId,
                        principalTable: "PriorityAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanProgressUpdates_ReportingPeriods_ReportingPeriodId",
                        column: x => x.ReportingPeriodId,
                        principalTable: "ReportingPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PriorityAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Baseline = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TargetValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HigherIsBetter = table.Column<bool>(type: "INTEGER", nullable: false),
                    LatestValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    LatestValueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTargets_PriorityAreas_PriorityAreaId",
                        column: x => x.PriorityAreaId,
                        principalTable: "PriorityAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PriorityAreaDepartments",
                columns: table => new
                {
                    PriorityAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityAreaDepartments", x => new { x.PriorityAreaId, x.DepartmentId });
                    table.ForeignKey(
                        name: "FK_PriorityAreaDepartments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PriorityAreaDepartments_PriorityAreas_PriorityAreaId",
                        column: x => x.PriorityAreaId,
                        principalTable: "PriorityAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementPlans_StartYear_FocusYear",
                table: "ImprovementPlans",
                columns: new[] { "StartYear", "FocusYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanMilestones_PriorityAreaId",
                table: "PlanMilestones",
                column: "PriorityAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanProgressUpdates_PriorityAreaId",
                table: "PlanProgressUpdates",
                column: "PriorityAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanProgressUpdates_ReportingPeriodId",
                table: "PlanProgressUpdates",
                column: "ReportingPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTargets_PriorityAreaId",
                table: "PlanTargets",
                column: "PriorityAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanThemes_CorporateImprovementPlanId_Number",
                table: "PlanThemes",
                columns: new[] { "CorporateImprovementPlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAreaDepartments_DepartmentId",
                table: "PriorityAreaDepartments",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAreas_AccountableDepartmentId",
                table: "PriorityAreas",
                column: "AccountableDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAreas_CorporateImprovementPlanId",
                table: "PriorityAreas",
                column: "CorporateImprovementPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAreas_Lineage",
                table: "PriorityAreas",
                column: "Lineage");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanMilestones");

            migrationBuilder.DropTable(
                name: "PlanProgressUpdates");

            migrationBuilder.DropTable(
                name: "PlanTargets");

            migrationBuilder.DropTable(
                name: "PlanThemes");

            migrationBuilder.DropTable(
                name: "PriorityAreaDepartments");

            migrationBuilder.DropTable(
                name: "PriorityAreas");

            migrationBuilder.DropTable(
                name: "ImprovementPlans");
        }
    }
}
