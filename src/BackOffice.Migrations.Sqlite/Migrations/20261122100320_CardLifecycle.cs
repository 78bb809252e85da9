using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CardLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CardDesigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Stock = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardDesigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CardIntakeCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CardId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedKind = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectedKind = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyId = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CardReceivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    InspectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    InspectionNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WithinWarranty = table.Column<bool>(type: "INTEGER", nullable: false),
                    WarrantyExplanation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    VerifiedBalance = table.Column<long>(type: "INTEGER", nullable: true),
                    BalanceVerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BalanceDueBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BalanceDueRule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ReplacementDueBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplacementDueRule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Settlement = table.Column<int>(type: "INTEGER", nullable: true),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReplacementCardId = table.Column<long>(type: "INTEGER", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardIntakeCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CardIntakeCases_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CardIntakeCases_ProgramPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "ProgramPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LostCardReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CardId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReportedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BalanceAtReport = table.Column<long>(type: "INTEGER", nullable: false),
                    SweptToEmoney = table.Column<long>(type: "INTEGER", nullable: false),
                    CarriedToReissue = table.Column<long>(type: "INTEGER", nullable: false),
                    SweepEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    Handling = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FraudWindowFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MemberFraudShareCap = table.Column<long>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LostCardReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LostCardReports_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LostCardReports_ProgramPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "ProgramPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Shipments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CardId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReissueRequestId = table.Column<long>(type: "INTEGER", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueRule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shipments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Shipments_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReissueRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OldCardId = table.Column<long>(type: "INTEGER", nullable: false),
                    NewCardId = table.Column<long>(type: "INTEGER", nullable: true),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    DesignId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Fee = table.Column<long>(type: "INTEGER", nullable: false),
                    FeeCharged = table.Column<long>(type: "INTEGER", nullable: false),
                    FeeExplanation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WaiverRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    WaiverReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WaiverDecidedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WaiverDecidedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WaiverDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WaiverDecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CarriedBalance = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IntakeCaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReissueRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReissueRequests_CardDesigns_DesignId",
                        column: x => x.DesignId,
                        principalTable: "CardDesigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReissueRequests_Cards_NewCardId",
                        column: x => x.NewCardId,
                        principalTable: "Cards",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ReissueRequests_Cards_OldCardId",
                        column: x => x.OldCardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReissueRequests_ProgramPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "ProgramPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CardIntakePhotos",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardIntakePhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CardIntakePhotos_CardIntakeCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CardIntakeCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CardDesigns_ProgramId_Name",
                table: "CardDesigns",
                columns: new[] { "ProgramId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_CardId",
                table: "CardIntakeCases",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_CaseNo",
                table: "CardIntakeCases",
                column: "CaseNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_IdempotencyKey",
                table: "CardIntakeCases",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_MemberId",
                table: "CardIntakeCases",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_PolicyId",
                table: "CardIntakeCases",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_Status_BalanceDueBy",
                table: "CardIntakeCases",
                columns: new[] { "Status", "BalanceDueBy" });

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakePhotos_CaseId",
                table: "CardIntakePhotos",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_LostCardReports_CardId",
                table: "LostCardReports",
                column: "CardId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LostCardReports_IdempotencyKey",
                table: "LostCardReports",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LostCardReports_MemberId",
                table: "LostCardReports",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LostCardReports_PolicyId",
                table: "LostCardReports",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_LostCardReports_ReportNo",
                table: "LostCardReports",
                column: "ReportNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReissueRequests_DesignId",
                table: "ReissueRequests",
                column: "DesignId");

            migrationBuilder.CreateIndex(
                name: "IX_ReissueRequests_IdempotencyKey",
                table: "ReissueRequests",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReissueRequests_NewCardId",
                table: "ReissueRequests",
                column: "NewCardId");

            migrationBuilder.CreateIndex(
                name: "IX_ReissueRequests_OldCardId",
                table: "ReissueRequests",
                column: "OldCardId");

            migrationBuilder.CreateIndex(
                name: "IX_ReissueRequests_PolicyId",
                table: "ReissueRequests",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_ReissueRequests_RequestNo",
                table: "ReissueRequests",
                column: "RequestNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReissueRequests_Status_RequestedAt",
                table: "ReissueRequests",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_CardId",
                table: "Shipments",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_MemberId",
                table: "Shipments",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_Status_DueBy",
                table: "Shipments",
                columns: new[] { "Status", "DueBy" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CardIntakePhotos");

            migrationBuilder.DropTable(
                name: "LostCardReports");

            migrationBuilder.DropTable(
                name: "ReissueRequests");

            migrationBuilder.DropTable(
                name: "Shipments");

            migrationBuilder.DropTable(
                name: "CardIntakeCases");

            migrationBuilder.DropTable(
                name: "CardDesigns");
        }
    }
}
