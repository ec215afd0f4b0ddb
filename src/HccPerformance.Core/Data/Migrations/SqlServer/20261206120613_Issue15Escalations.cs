using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Issue15Escalations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EscalatesTo",
                table: "MenuOfInterventions",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "Interventions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RaisedBy",
                table: "Escalations",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EscalationResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EscalationId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RespondedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EscalationResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EscalationResponses_Escalations_EscalationId",
                        column: x => x.EscalationId,
                        principalTable: "Escalations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_Body",
                table: "Escalations",
                column: "Body");

            migrationBuilder.CreateIndex(
                name: "IX_EscalationResponses_EscalationId",
                table: "EscalationResponses",
                column: "EscalationId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EscalationResponses");

            migrationBuilder.DropIndex(
                name: "IX_Escalations_Body",
                table: "Escalations");

            migrationBuilder.DropColumn(
                name: "EscalatesTo",
                table: "MenuOfInterventions");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "RaisedBy",
                table: "Escalations");
        }
    }
}
