using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue15CpegMinutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MinutesConfirmedBy",
                table: "CpegMeetings",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MinutesConfirmedOn",
                table: "CpegMeetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "UrgentDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaOfConcernId = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SettledAtMeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Ratified = table.Column<bool>(type: "INTEGER", nullable: true),
                    SettlementNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UrgentDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UrgentDecisions_AreasOfConcern_AreaOfConcernId",
                        column: x => x.AreaOfConcernId,
                        principalTable: "AreasOfConcern",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UrgentDecisions_CpegMeetings_SettledAtMeetingId",
                        column: x => x.SettledAtMeetingId,
                        principalTable: "CpegMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UrgentDecisions_AreaOfConcernId",
                table: "UrgentDecisions",
                column: "AreaOfConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_UrgentDecisions_Ratified",
                table: "UrgentDecisions",
                column: "Ratified");

            migrationBuilder.CreateIndex(
                name: "IX_UrgentDecisions_SettledAtMeetingId",
                table: "UrgentDecisions",
                column: "SettledAtMeetingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UrgentDecisions");

            migrationBuilder.DropColumn(
                name: "MinutesConfirmedBy",
                table: "CpegMeetings");

            migrationBuilder.DropColumn(
                name: "MinutesConfirmedOn",
                table: "CpegMeetings");
        }
    }
}
