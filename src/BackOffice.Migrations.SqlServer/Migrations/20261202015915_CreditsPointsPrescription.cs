using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CreditsPointsPrescription : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CreditExpiryNoticeDays",
                table: "ProgramPolicies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "CreditMinTopUpCorporate",
                table: "ProgramPolicies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "CreditMinTopUpIndividual",
                table: "ProgramPolicies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "CreditValidityMonths",
                table: "ProgramPolicies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DonationNoticeLeadMonths",
                table: "ProgramPolicies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "DonationNoticeMinimum",
                table: "ProgramPolicies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "DonationObjectionDays",
                table: "ProgramPolicies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PointExpiryNoticeMonths",
                table: "ProgramPolicies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PointValidityMonths",
                table: "ProgramPolicies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VirtualAccountDepositBusinessDays",
                table: "ProgramPolicies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "IsCorporate",
                table: "Members",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CreditTopUps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    ProgramId = table.Column<long>(type: "bigint", nullable: false),
                    PolicyVersion = table.Column<int>(type: "int", nullable: false),
                    Method = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    GatewayTransactionId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    Institution = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    ApprovalNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    VirtualAccountNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    DepositDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelsAt = table.Column<long>(type: "bigint", nullable: true),
                    DeadlineRule = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    CancelReminderAt = table.Column<long>(type: "bigint", nullable: true),
                    PaidAt = table.Column<long>(type: "bigint", nullable: true),
                    CreditEntryId = table.Column<long>(type: "bigint", nullable: true),
                    LotId = table.Column<long>(type: "bigint", nullable: true),
                    ReversalEntryId = table.Column<long>(type: "bigint", nullable: true),
                    ReturnReason = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false, collation: "Korean_100_BIN2"),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditTopUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditTopUps_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditTopUps_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DonationBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    Recipient = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    Items = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ProposedAt = table.Column<long>(type: "bigint", nullable: false),
                    ProposedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ProposedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecidedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    DecidedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    DecisionNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    EntryId = table.Column<long>(type: "bigint", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DonationBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentImports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ImportedAt = table.Column<long>(type: "bigint", nullable: false),
                    ImportedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ImportedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Rows = table.Column<int>(type: "int", nullable: false),
                    Applied = table.Column<int>(type: "int", nullable: false),
                    Unchanged = table.Column<int>(type: "int", nullable: false),
                    Rejected = table.Column<int>(type: "int", nullable: false),
                    RejectedRows = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrescriptionRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    RanAt = table.Column<long>(type: "bigint", nullable: false),
                    RanById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    RanByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Listed = table.Column<int>(type: "int", nullable: false),
                    Notified = table.Column<int>(type: "int", nullable: false),
                    BecameDue = table.Column<int>(type: "int", nullable: false),
                    Withdrawn = table.Column<int>(type: "int", nullable: false),
                    ListedAmount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrescriptionRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ValueLots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    AccountId = table.Column<long>(type: "bigint", nullable: false),
                    ProgramId = table.Column<long>(type: "bigint", nullable: false),
                    PolicyVersion = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Remaining = table.Column<long>(type: "bigint", nullable: false),
                    AcquiredAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiryRule = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    Source = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    SourceEntryId = table.Column<long>(type: "bigint", nullable: false),
                    LastUsedAt = table.Column<long>(type: "bigint", nullable: true),
                    ExpiryNoticeAt = table.Column<long>(type: "bigint", nullable: true),
                    State = table.Column<int>(type: "int", nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ValueLots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ValueLots_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ValueLots_JournalEntries_SourceEntryId",
                        column: x => x.SourceEntryId,
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ValueLots_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ValueLots_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceDocumentRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TopUpId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    RequestedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    RequestedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Rule = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false, collation: "Korean_100_BIN2"),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceDocumentRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceDocumentRequests_CreditTopUps_TopUpId",
                        column: x => x.TopUpId,
                        principalTable: "CreditTopUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TopUpEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TopUpId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<int>(type: "int", nullable: false),
                    To = table.Column<int>(type: "int", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    Source = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopUpEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TopUpEvents_CreditTopUps_TopUpId",
                        column: x => x.TopUpId,
                        principalTable: "CreditTopUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrescriptionItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    CardId = table.Column<long>(type: "bigint", nullable: false),
                    AccountId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: true),
                    ProgramId = table.Column<long>(type: "bigint", nullable: false),
                    PolicyVersion = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    LastUseOrSaleAt = table.Column<long>(type: "bigint", nullable: false),
                    NeverUsed = table.Column<bool>(type: "bit", nullable: false),
                    PrescribedFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Derivation = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    NoticeRequired = table.Column<bool>(type: "bit", nullable: false),
                    NoticeRule = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false, collation: "Korean_100_BIN2"),
                    NoticeSentAt = table.Column<long>(type: "bigint", nullable: true),
                    ObjectionDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedDonationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectedAt = table.Column<long>(type: "bigint", nullable: true),
                    ObjectionNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    ObjectionRecordedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ObjectionRecordedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    DonationBatchId = table.Column<long>(type: "bigint", nullable: true),
                    DonationEntryId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrescriptionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrescriptionItems_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrescriptionItems_DonationBatches_DonationBatchId",
                        column: x => x.DonationBatchId,
                        principalTable: "DonationBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrescriptionItems_PrescriptionRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "PrescriptionRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LotMovements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LotId = table.Column<long>(type: "bigint", nullable: false),
                    JournalEntryId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    RemainingAfter = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LotMovements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LotMovements_JournalEntries_JournalEntryId",
                        column: x => x.JournalEntryId,
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LotMovements_ValueLots_LotId",
                        column: x => x.LotId,
                        principalTable: "ValueLots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CreditTopUps_GatewayTransactionId",
                table: "CreditTopUps",
                column: "GatewayTransactionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditTopUps_IdempotencyKey",
                table: "CreditTopUps",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditTopUps_MemberId_RequestedAt",
                table: "CreditTopUps",
                columns: new[] { "MemberId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditTopUps_Number",
                table: "CreditTopUps",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditTopUps_ProgramId",
                table: "CreditTopUps",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditTopUps_Status_CancelsAt",
                table: "CreditTopUps",
                columns: new[] { "Status", "CancelsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DonationBatches_IdempotencyKey",
                table: "DonationBatches",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DonationBatches_Number",
                table: "DonationBatches",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceDocumentRequests_IdempotencyKey",
                table: "EvidenceDocumentRequests",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceDocumentRequests_TopUpId_Kind",
                table: "EvidenceDocumentRequests",
                columns: new[] { "TopUpId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_LotMovements_JournalEntryId",
                table: "LotMovements",
                column: "JournalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_LotMovements_LotId_At",
                table: "LotMovements",
                columns: new[] { "LotId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentImports_Kind_Sha256",
                table: "PaymentImports",
                columns: new[] { "Kind", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrescriptionItems_CardId_Status",
                table: "PrescriptionItems",
                columns: new[] { "CardId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PrescriptionItems_DonationBatchId",
                table: "PrescriptionItems",
                column: "DonationBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_PrescriptionItems_MemberId",
                table: "PrescriptionItems",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_PrescriptionItems_RunId",
                table: "PrescriptionItems",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_PrescriptionItems_Status_ObjectionDeadline",
                table: "PrescriptionItems",
                columns: new[] { "Status", "ObjectionDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_PrescriptionRuns_Number",
                table: "PrescriptionRuns",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TopUpEvents_TopUpId_At",
                table: "TopUpEvents",
                columns: new[] { "TopUpId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ValueLots_AccountId_State_AcquiredAt",
                table: "ValueLots",
                columns: new[] { "AccountId", "State", "AcquiredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ValueLots_Kind_State_ExpiresOn",
                table: "ValueLots",
                columns: new[] { "Kind", "State", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ValueLots_MemberId_Kind_State",
                table: "ValueLots",
                columns: new[] { "MemberId", "Kind", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ValueLots_ProgramId",
                table: "ValueLots",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_ValueLots_SourceEntryId",
                table: "ValueLots",
                column: "SourceEntryId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvidenceDocumentRequests");

            migrationBuilder.DropTable(
                name: "LotMovements");

            migrationBuilder.DropTable(
                name: "PaymentImports");

            migrationBuilder.DropTable(
                name: "PrescriptionItems");

            migrationBuilder.DropTable(
                name: "TopUpEvents");

            migrationBuilder.DropTable(
                name: "ValueLots");

            migrationBuilder.DropTable(
                name: "DonationBatches");

            migrationBuilder.DropTable(
                name: "PrescriptionRuns");

            migrationBuilder.DropTable(
                name: "CreditTopUps");

            migrationBuilder.DropColumn(
                name: "CreditExpiryNoticeDays",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "CreditMinTopUpCorporate",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "CreditMinTopUpIndividual",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "CreditValidityMonths",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "DonationNoticeLeadMonths",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "DonationNoticeMinimum",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "DonationObjectionDays",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "PointExpiryNoticeMonths",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "PointValidityMonths",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "VirtualAccountDepositBusinessDays",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "IsCorporate",
                table: "Members");
        }
    }
}
