using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanAndDemoGaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "PlanTerms",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "OriginKind",
                table: "PlanAreaChangeProposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginReason",
                table: "PlanAreaChangeProposals",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OriginSourceId",
                table: "PlanAreaChangeProposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginTitle",
                table: "PlanAreaChangeProposals",
                type: "TEXT",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "PlanTerms");

            migrationBuilder.DropColumn(
                name: "OriginKind",
                table: "PlanAreaChangeProposals");

            migrationBuilder.DropColumn(
                name: "OriginReason",
                table: "PlanAreaChangeProposals");

            migrationBuilder.DropColumn(
                name: "OriginSourceId",
                table: "PlanAreaChangeProposals");

            migrationBuilder.DropColumn(
                name: "OriginTitle",
                table: "PlanAreaChangeProposals");
        }
    }
}
