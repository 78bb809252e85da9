using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CasesAndDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddressDetail",
                table: "Shipments",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "AddressLockedAt",
                table: "Shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApplicationDay",
                table: "Shipments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<long>(
                name: "DeliveredAt",
                table: "Shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Design",
                table: "Shipments",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "DispatchedAt",
                table: "Shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Fee",
                table: "Shipments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "FeeEntryId",
                table: "Shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeeRule",
                table: "Shipments",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Shipments",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Shipments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "MailingBatchId",
                table: "Shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "Shipments",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Shipments",
                type: "TEXT",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ResendOfShipmentId",
                table: "Shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ResentAsShipmentId",
                table: "Shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "Shipments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReturnedAt",
                table: "Shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoadAddress",
                table: "Shipments",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TrackingNumber",
                table: "Shipments",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UnreachedNoticeAt",
                table: "Shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Shipments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "AdditionalCardFee",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "CardResendFee",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "DeliveryBusinessDays",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<long>(type: "INTEGER", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OpenedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClockRuleKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IdentityConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClockStartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueDerivation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PausedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiptNoticeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DelayNoticeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DelayReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PromisedBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResultNoticeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WarnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BreachedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HappyCallAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NextTryAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HappyCallAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HappyCallAttempts_Shipments_ShipmentId",
                        column: x => x.ShipmentId,
                        principalTable: "Shipments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MailingBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BusinessDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShipmentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductionFile = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ProductionFileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MailingList = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MailingListSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailingBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOutages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Systems = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BlocksStatements = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoticeSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOutages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ShipmentEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShipmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShipmentEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShipmentEvents_Shipments_ShipmentId",
                        column: x => x.ShipmentId,
                        principalTable: "Shipments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ShipmentImports",
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
                    RowCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AppliedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UnchangedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectedRows = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShipmentImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseAdjustments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    CardId = table.Column<long>(type: "INTEGER", nullable: true),
                    Account = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProposedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    JournalEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAdjustments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAttachments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CardId = table.Column<long>(type: "INTEGER", nullable: true),
                    JournalEntryId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseLinks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CasePauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ResumedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResumedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasePauses_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FraudClaimAssessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    LostCardReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    CardId = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    EligibleAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberShare = table.Column<long>(type: "INTEGER", nullable: false),
                    Compensation = table.Column<long>(type: "INTEGER", nullable: false),
                    Calculation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RefundRequestId = table.Column<long>(type: "INTEGER", nullable: true),
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssessedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssessedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FraudClaimAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FraudClaimAssessments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaperStatementMailings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MailingReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MailedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MailedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperStatementMailings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperStatementMailings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_IdempotencyKey",
                table: "Shipments",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_MailingBatchId",
                table: "Shipments",
                column: "MailingBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_Number",
                table: "Shipments",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_Status_ApplicationDay",
                table: "Shipments",
                columns: new[] { "Status", "ApplicationDay" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAdjustments_CaseId",
                table: "CaseAdjustments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAdjustments_IdempotencyKey",
                table: "CaseAdjustments",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseAttachments_CaseId",
                table: "CaseAttachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_At",
                table: "CaseEvents",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_CardId",
                table: "CaseLinks",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_CaseId",
                table: "CaseLinks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_JournalEntryId",
                table: "CaseLinks",
                column: "JournalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CasePauses_CaseId",
                table: "CasePauses",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssigneeId",
                table: "Cases",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_IdempotencyKey",
                table: "Cases",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_MemberId",
                table: "Cases",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_DueOn",
                table: "Cases",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FraudClaimAssessments_CaseId",
                table: "FraudClaimAssessments",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HappyCallAttempts_ShipmentId_Number",
                table: "HappyCallAttempts",
                columns: new[] { "ShipmentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MailingBatches_BusinessDay",
                table: "MailingBatches",
                column: "BusinessDay",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MailingBatches_Number",
                table: "MailingBatches",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaperStatementMailings_CaseId",
                table: "PaperStatementMailings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOutages_StartsAt",
                table: "ServiceOutages",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_ShipmentEvents_ShipmentId_At",
                table: "ShipmentEvents",
                columns: new[] { "ShipmentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ShipmentImports_Kind_Sha256",
                table: "ShipmentImports",
                columns: new[] { "Kind", "Sha256" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseAdjustments");

            migrationBuilder.DropTable(
                name: "CaseAttachments");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseLinks");

            migrationBuilder.DropTable(
                name: "CasePauses");

            migrationBuilder.DropTable(
                name: "FraudClaimAssessments");

            migrationBuilder.DropTable(
                name: "HappyCallAttempts");

            migrationBuilder.DropTable(
                name: "MailingBatches");

            migrationBuilder.DropTable(
                name: "PaperStatementMailings");

            migrationBuilder.DropTable(
                name: "ServiceOutages");

            migrationBuilder.DropTable(
                name: "ShipmentEvents");

            migrationBuilder.DropTable(
                name: "ShipmentImports");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Shipments_IdempotencyKey",
                table: "Shipments");

            migrationBuilder.DropIndex(
                name: "IX_Shipments_MailingBatchId",
                table: "Shipments");

            migrationBuilder.DropIndex(
                name: "IX_Shipments_Number",
                table: "Shipments");

            migrationBuilder.DropIndex(
                name: "IX_Shipments_Status_ApplicationDay",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "AddressDetail",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "AddressLockedAt",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "ApplicationDay",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "DeliveredAt",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "Design",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "DispatchedAt",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "Fee",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "FeeEntryId",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "FeeRule",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "MailingBatchId",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "ResendOfShipmentId",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "ResentAsShipmentId",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "ReturnedAt",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "RoadAddress",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "TrackingNumber",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "UnreachedNoticeAt",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "AdditionalCardFee",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "CardResendFee",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "DeliveryBusinessDays",
                table: "ProgramPolicies");
        }
    }
}
