using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Issue16PlanOrigins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PriorityAreaImpactAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaLineage = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExpectedImpact = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    OnWhom = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    EqualityConsiderations = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    HowMeasured = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityAreaImpactAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PriorityAreaOrigins",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaLineage = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SourceId = table.Column<int>(type: "int", nullable: true),
                    SourceTitle = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityAreaOrigins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServicePlanLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaLineage = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AddedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePlanLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServicePlanLinks_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAreaImpactAssessments_AreaLineage",
                table: "PriorityAreaImpactAssessments",
                column: "AreaLineage",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAreaOrigins_AreaLineage",
                table: "PriorityAreaOrigins",
                column: "AreaLineage");

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAreaOrigins_Kind_SourceId",
                table: "PriorityAreaOrigins",
                columns: new[] { "Kind", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_ServicePlanLinks_AreaLineage_DepartmentId_Name",
                table: "ServicePlanLinks",
                columns: new[] { "AreaLineage", "DepartmentId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServicePlanLinks_DepartmentId",
                table: "ServicePlanLinks",
                column: "DepartmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PriorityAreaImpactAssessments");

            migrationBuilder.DropTable(
                name: "PriorityAreaOrigins");

            migrationBuilder.DropTable(
                name: "ServicePlanLinks");
        }
    }
}
