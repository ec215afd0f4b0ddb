using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScorecardsAndIntelligence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Scorecards_Name",
                table: "Scorecards");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Scorecards",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<bool>(
                name: "OnDashboard",
                table: "Scorecards",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "Scorecards",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsStrategic",
                table: "Inspections",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Judgement",
                table: "Inspections",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExpectedInspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Inspectorate = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpectedMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpectedInspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExpectedInspections_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExpectedInspections_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "IntelligenceRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    DocumentReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntelligenceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntelligenceRecords_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Scorecards_Name",
                table: "Scorecards",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ExpectedInspections_DepartmentId",
                table: "ExpectedInspections",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExpectedInspections_ExpectedMonth",
                table: "ExpectedInspections",
                column: "ExpectedMonth");

            migrationBuilder.CreateIndex(
                name: "IX_ExpectedInspections_InspectionId",
                table: "ExpectedInspections",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_IntelligenceRecords_DepartmentId",
                table: "IntelligenceRecords",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_IntelligenceRecords_ReceivedOn",
                table: "IntelligenceRecords",
                column: "ReceivedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExpectedInspections");

            migrationBuilder.DropTable(
                name: "IntelligenceRecords");

            migrationBuilder.DropIndex(
                name: "IX_Scorecards_Name",
                table: "Scorecards");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Scorecards");

            migrationBuilder.DropColumn(
                name: "OnDashboard",
                table: "Scorecards");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "Scorecards");

            migrationBuilder.DropColumn(
                name: "IsStrategic",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "Judgement",
                table: "Inspections");

            migrationBuilder.CreateIndex(
                name: "IX_Scorecards_Name",
                table: "Scorecards",
                column: "Name",
                unique: true);
        }
    }
}
