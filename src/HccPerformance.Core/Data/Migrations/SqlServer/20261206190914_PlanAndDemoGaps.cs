using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.SqlServer
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
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "OriginKind",
                table: "PlanAreaChangeProposals",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginReason",
                table: "PlanAreaChangeProposals",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OriginSourceId",
                table: "PlanAreaChangeProposals",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginTitle",
                table: "PlanAreaChangeProposals",
                type: "nvarchar(300)",
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
