using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue15Ambition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AmbitionRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AmbitionRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ambitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Quartile = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Figure = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ForYear = table.Column<int>(type: "INTEGER", nullable: false),
                    SetOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SetById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SetByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SetUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ambitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PortfolioDepartments",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortfolioDepartments", x => new { x.UserId, x.DepartmentId });
                    table.ForeignKey(
                        name: "FK_PortfolioDepartments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PortfolioDepartments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AmbitionRequests_Subject_SubjectId_RecordedUtc",
                table: "AmbitionRequests",
                columns: new[] { "Subject", "SubjectId", "RecordedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Ambitions_SetById",
                table: "Ambitions",
                column: "SetById");

            migrationBuilder.CreateIndex(
                name: "IX_Ambitions_Subject_SubjectId_SetUtc",
                table: "Ambitions",
                columns: new[] { "Subject", "SubjectId", "SetUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PortfolioDepartments_DepartmentId",
                table: "PortfolioDepartments",
                column: "DepartmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AmbitionRequests");

            migrationBuilder.DropTable(
                name: "Ambitions");

            migrationBuilder.DropTable(
                name: "PortfolioDepartments");
        }
    }
}
