using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue15Questions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedReportId = table.Column<int>(type: "INTEGER", nullable: true),
                    SectionIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    SectionTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportingPeriodId = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AskedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AskedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AskedFor = table.Column<int>(type: "INTEGER", nullable: true),
                    AskedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Questions_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Questions_IssuedReports_IssuedReportId",
                        column: x => x.IssuedReportId,
                        principalTable: "IssuedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Questions_ReportingPeriods_ReportingPeriodId",
                        column: x => x.ReportingPeriodId,
                        principalTable: "ReportingPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AnsweredUtc_DepartmentId",
                table: "Questions",
                columns: new[] { "AnsweredUtc", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AskedById",
                table: "Questions",
                column: "AskedById");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_DepartmentId_ReportingPeriodId",
                table: "Questions",
                columns: new[] { "DepartmentId", "ReportingPeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_IssuedReportId_SectionIndex",
                table: "Questions",
                columns: new[] { "IssuedReportId", "SectionIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_ReportingPeriodId",
                table: "Questions",
                column: "ReportingPeriodId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Questions");
        }
    }
}
