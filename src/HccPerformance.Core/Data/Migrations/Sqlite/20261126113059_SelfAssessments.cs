using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SelfAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SelfAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportingPeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OverallStatement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TradeOffs = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExecutiveMemberComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Challenge = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FirstSubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfAssessments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfAssessments_ReportingPeriods_ReportingPeriodId",
                        column: x => x.ReportingPeriodId,
                        principalTable: "ReportingPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SelfAssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentItems_SelfAssessments_SelfAssessmentId",
                        column: x => x.SelfAssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SelfAssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentVersions_SelfAssessments_SelfAssessmentId",
                        column: x => x.SelfAssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentItemLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentItemId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentItemLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentItemLinks_AssessmentItems_AssessmentItemId",
                        column: x => x.AssessmentItemId,
                        principalTable: "AssessmentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentItemLinks_AssessmentItemId",
                table: "AssessmentItemLinks",
                column: "AssessmentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentItemLinks_TargetType_TargetId",
                table: "AssessmentItemLinks",
                columns: new[] { "TargetType", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentItems_SelfAssessmentId",
                table: "AssessmentItems",
                column: "SelfAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentVersions_SelfAssessmentId_Number",
                table: "AssessmentVersions",
                columns: new[] { "SelfAssessmentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadUtc",
                table: "Notifications",
                columns: new[] { "UserId", "ReadUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_DepartmentId_ReportingPeriodId",
                table: "SelfAssessments",
                columns: new[] { "DepartmentId", "ReportingPeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_ReportingPeriodId",
                table: "SelfAssessments",
                column: "ReportingPeriodId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentItemLinks");

            migrationBuilder.DropTable(
                name: "AssessmentVersions");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "AssessmentItems");

            migrationBuilder.DropTable(
                name: "SelfAssessments");
        }
    }
}
