using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CorporateReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Annotations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SelfAssessmentId = table.Column<int>(type: "int", nullable: false),
                    AssessmentItemId = table.Column<int>(type: "int", nullable: true),
                    AnchorText = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Annotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Annotations_AssessmentItems_AssessmentItemId",
                        column: x => x.AssessmentItemId,
                        principalTable: "AssessmentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Annotations_SelfAssessments_SelfAssessmentId",
                        column: x => x.SelfAssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CollatedReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReportingPeriodId = table.Column<int>(type: "int", nullable: false),
                    KeyIssues = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    CrossCuttingIssues = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollatedReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollatedReports_ReportingPeriods_ReportingPeriodId",
                        column: x => x.ReportingPeriodId,
                        principalTable: "ReportingPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IssuedReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReportingPeriodId = table.Column<int>(type: "int", nullable: false),
                    PeriodName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    VersionNumber = table.Column<int>(type: "int", nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ContentJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Pdf = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    DepartmentsNotReceived = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedReports_ReportingPeriods_ReportingPeriodId",
                        column: x => x.ReportingPeriodId,
                        principalTable: "ReportingPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommonThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CollatedReportId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    SourceKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommonThemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommonThemes_CollatedReports_CollatedReportId",
                        column: x => x.CollatedReportId,
                        principalTable: "CollatedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentChallenges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CollatedReportId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentChallenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentChallenges_CollatedReports_CollatedReportId",
                        column: x => x.CollatedReportId,
                        principalTable: "CollatedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DepartmentChallenges_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExceptionDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CollatedReportId = table.Column<int>(type: "int", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Dropped = table.Column<bool>(type: "bit", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExceptionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExceptionDecisions_CollatedReports_CollatedReportId",
                        column: x => x.CollatedReportId,
                        principalTable: "CollatedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThemeDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CollatedReportId = table.Column<int>(type: "int", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Accepted = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeDecisions_CollatedReports_CollatedReportId",
                        column: x => x.CollatedReportId,
                        principalTable: "CollatedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Annotations_AssessmentItemId",
                table: "Annotations",
                column: "AssessmentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Annotations_SelfAssessmentId",
                table: "Annotations",
                column: "SelfAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CollatedReports_ReportingPeriodId",
                table: "CollatedReports",
                column: "ReportingPeriodId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommonThemes_CollatedReportId",
                table: "CommonThemes",
                column: "CollatedReportId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentChallenges_CollatedReportId_DepartmentId",
                table: "DepartmentChallenges",
                columns: new[] { "CollatedReportId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentChallenges_DepartmentId",
                table: "DepartmentChallenges",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExceptionDecisions_CollatedReportId_Key",
                table: "ExceptionDecisions",
                columns: new[] { "CollatedReportId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedReports_ReportingPeriodId_VersionNumber",
                table: "IssuedReports",
                columns: new[] { "ReportingPeriodId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeDecisions_CollatedReportId_Key",
                table: "ThemeDecisions",
                columns: new[] { "CollatedReportId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Annotations");

            migrationBuilder.DropTable(
                name: "CommonThemes");

            migrationBuilder.DropTable(
                name: "DepartmentChallenges");

            migrationBuilder.DropTable(
                name: "ExceptionDecisions");

            migrationBuilder.DropTable(
                name: "IssuedReports");

            migrationBuilder.DropTable(
                name: "ThemeDecisions");

            migrationBuilder.DropTable(
                name: "CollatedReports");
        }
    }
}
