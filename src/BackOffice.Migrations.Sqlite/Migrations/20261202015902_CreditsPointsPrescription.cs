using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "CreditMinTopUpCorporate",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "CreditMinTopUpIndividual",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "CreditValidityMonths",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DonationNoticeLeadMonths",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "DonationNoticeMinimum",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "DonationObjectionDays",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PointExpiryNoticeMonths",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PointValidityMonths",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VirtualAccountDepositBusinessDays",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "IsCorporate",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CreditTopUps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<long>(type: "INTEGER", nullable: false),
                    PolicyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GatewayTransactionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Institution = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ApprovalNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    VirtualAccountNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepositDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeadlineRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CancelReminderAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreditEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    LotId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReversalEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Items = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProposedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProposedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DonationBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentImports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Applied = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectedRows = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrescriptionRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RanAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RanById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RanByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Listed = table.Column<int>(type: "INTEGER", nullable: false),
                    Notified = table.Column<int>(type: "INTEGER", nullable: false),
                    BecameDue = table.Column<int>(type: "INTEGER", nullable: false),
                    Withdrawn = table.Column<int>(type: "INTEGER", nullable: false),
                    ListedAmount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrescriptionRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ValueLots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<long>(type: "INTEGER", nullable: false),
                    PolicyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Remaining = table.Column<long>(type: "INTEGER", nullable: false),
                    AcquiredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiryRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiryNoticeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TopUpId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TopUpId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<long>(type: "INTEGER", nullable: false),
                    CardId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: true),
                    ProgramId = table.Column<long>(type: "INTEGER", nullable: false),
                    PolicyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    LastUseOrSaleAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NeverUsed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PrescribedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Derivation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NoticeRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoticeRule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NoticeSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ObjectionDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedDonationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObjectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ObjectionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ObjectionRecordedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectionRecordedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DonationBatchId = table.Column<long>(type: "INTEGER", nullable: true),
                    DonationEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LotId = table.Column<long>(type: "INTEGER", nullable: false),
                    JournalEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    RemainingAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
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
