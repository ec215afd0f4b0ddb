using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue15Journey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IssuedCpegReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    ExceptionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedCpegReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportConsiderations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IssuedReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<int>(type: "INTEGER", nullable: false),
                    MetOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportConsiderations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportConsiderations_IssuedReports_IssuedReportId",
                        column: x => x.IssuedReportId,
                        principalTable: "IssuedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CpegReportConsiderations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IssuedCpegReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<int>(type: "INTEGER", nullable: false),
                    MetOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CpegReportConsiderations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CpegReportConsiderations_IssuedCpegReports_IssuedCpegReportId",
                        column: x => x.IssuedCpegReportId,
                        principalTable: "IssuedCpegReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CpegReportConsiderations_IssuedCpegReportId_Body",
                table: "CpegReportConsiderations",
                columns: new[] { "IssuedCpegReportId", "Body" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCpegReports_Number",
                table: "IssuedCpegReports",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportConsiderations_IssuedReportId_Body",
                table: "ReportConsiderations",
                columns: new[] { "IssuedReportId", "Body" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CpegReportConsiderations");

            migrationBuilder.DropTable(
                name: "ReportConsiderations");

            migrationBuilder.DropTable(
                name: "IssuedCpegReports");
        }
    }
}
