using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.SqlServer
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ContentJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ExceptionReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedCpegReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportConsiderations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IssuedReportId = table.Column<int>(type: "int", nullable: false),
                    Body = table.Column<int>(type: "int", nullable: false),
                    MetOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Decisions = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IssuedCpegReportId = table.Column<int>(type: "int", nullable: false),
                    Body = table.Column<int>(type: "int", nullable: false),
                    MetOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Decisions = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
