using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.SqlServer
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Subject = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    IssuedReportId = table.Column<int>(type: "int", nullable: true),
                    SectionIndex = table.Column<int>(type: "int", nullable: true),
                    SectionTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: true),
                    ReportingPeriodId = table.Column<int>(type: "int", nullable: true),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AskedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AskedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    AskedFor = table.Column<int>(type: "int", nullable: true),
                    AskedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AnsweredById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    AnsweredByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
