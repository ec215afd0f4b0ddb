using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Issue15Scrutiny : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScrutinyReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Committee = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Findings = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    ConcernId = table.Column<int>(type: "int", nullable: true),
                    IssuedReportId = table.Column<int>(type: "int", nullable: true),
                    ReportSection = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScrutinyReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScrutinyReviews_AreasOfConcern_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "AreasOfConcern",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScrutinyReviews_IssuedReports_IssuedReportId",
                        column: x => x.IssuedReportId,
                        principalTable: "IssuedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScrutinyEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ScrutinyReviewId = table.Column<int>(type: "int", nullable: false),
                    What = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    From = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScrutinyEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScrutinyEvidence_ScrutinyReviews_ScrutinyReviewId",
                        column: x => x.ScrutinyReviewId,
                        principalTable: "ScrutinyReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScrutinyRecommendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ScrutinyReviewId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    To = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Response = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ResponseText = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ActionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RespondedBy = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScrutinyRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScrutinyRecommendations_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScrutinyRecommendations_ScrutinyReviews_ScrutinyReviewId",
                        column: x => x.ScrutinyReviewId,
                        principalTable: "ScrutinyReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScrutinyProgress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ScrutinyRecommendationId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScrutinyProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScrutinyProgress_ScrutinyRecommendations_ScrutinyRecommendationId",
                        column: x => x.ScrutinyRecommendationId,
                        principalTable: "ScrutinyRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScrutinyEvidence_ScrutinyReviewId",
                table: "ScrutinyEvidence",
                column: "ScrutinyReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ScrutinyProgress_ScrutinyRecommendationId",
                table: "ScrutinyProgress",
                column: "ScrutinyRecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_ScrutinyRecommendations_DepartmentId",
                table: "ScrutinyRecommendations",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ScrutinyRecommendations_RespondedOn_DueOn",
                table: "ScrutinyRecommendations",
                columns: new[] { "RespondedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ScrutinyRecommendations_ScrutinyReviewId",
                table: "ScrutinyRecommendations",
                column: "ScrutinyReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ScrutinyReviews_ConcernId",
                table: "ScrutinyReviews",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ScrutinyReviews_IssuedReportId",
                table: "ScrutinyReviews",
                column: "IssuedReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ScrutinyReviews_Status",
                table: "ScrutinyReviews",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScrutinyEvidence");

            migrationBuilder.DropTable(
                name: "ScrutinyProgress");

            migrationBuilder.DropTable(
                name: "ScrutinyRecommendations");

            migrationBuilder.DropTable(
                name: "ScrutinyReviews");
        }
    }
}
