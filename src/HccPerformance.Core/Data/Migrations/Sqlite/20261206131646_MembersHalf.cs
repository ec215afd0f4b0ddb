using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HccPerformance.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MembersHalf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EscalatesTo",
                table: "MenuOfInterventions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "Interventions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RaisedBy",
                table: "Escalations",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

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
                name: "EscalationResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EscalationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RespondedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedReportId = table.Column<int>(type: "INTEGER", nullable: true),
                    SectionIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    SectionTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportingPeriodId = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AskedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AskedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AskedFor = table.Column<int>(type: "INTEGER", nullable: true),
                    AskedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "ScrutinyReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Committee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ConcernId = table.Column<int>(type: "INTEGER", nullable: true),
                    IssuedReportId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportSection = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ScrutinyEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScrutinyReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScrutinyReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ResponseText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ActionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondedBy = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScrutinyRecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
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
                name: "IX_Escalations_Body",
                table: "Escalations",
                column: "Body");

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
                name: "IX_CpegReportConsiderations_IssuedCpegReportId_Body",
                table: "CpegReportConsiderations",
                columns: new[] { "IssuedCpegReportId", "Body" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EscalationResponses_EscalationId",
                table: "EscalationResponses",
                column: "EscalationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCpegReports_Number",
                table: "IssuedCpegReports",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PortfolioDepartments_DepartmentId",
                table: "PortfolioDepartments",
                column: "DepartmentId");

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

            migrationBuilder.CreateIndex(
                name: "IX_ReportConsiderations_IssuedReportId_Body",
                table: "ReportConsiderations",
                columns: new[] { "IssuedReportId", "Body" },
                unique: true);

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
                name: "AmbitionRequests");

            migrationBuilder.DropTable(
                name: "Ambitions");

            migrationBuilder.DropTable(
                name: "CpegReportConsiderations");

            migrationBuilder.DropTable(
                name: "EscalationResponses");

            migrationBuilder.DropTable(
                name: "PortfolioDepartments");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "ReportConsiderations");

            migrationBuilder.DropTable(
                name: "ScrutinyEvidence");

            migrationBuilder.DropTable(
                name: "ScrutinyProgress");

            migrationBuilder.DropTable(
                name: "UrgentDecisions");

            migrationBuilder.DropTable(
                name: "IssuedCpegReports");

            migrationBuilder.DropTable(
                name: "ScrutinyRecommendations");

            migrationBuilder.DropTable(
                name: "ScrutinyReviews");

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

            migrationBuilder.DropColumn(
                name: "MinutesConfirmedBy",
                table: "CpegMeetings");

            migrationBuilder.DropColumn(
                name: "MinutesConfirmedOn",
                table: "CpegMeetings");
        }
    }
}
