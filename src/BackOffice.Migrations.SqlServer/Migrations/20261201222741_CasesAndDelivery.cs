using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
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
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<long>(
                name: "AddressLockedAt",
                table: "Shipments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApplicationDay",
                table: "Shipments",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<long>(
                name: "DeliveredAt",
                table: "Shipments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Design",
                table: "Shipments",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<long>(
                name: "DispatchedAt",
                table: "Shipments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Fee",
                table: "Shipments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "FeeEntryId",
                table: "Shipments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeeRule",
                table: "Shipments",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "",
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Shipments",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Shipments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "MailingBatchId",
                table: "Shipments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "Shipments",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Shipments",
                type: "nvarchar(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "",
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<long>(
                name: "ResendOfShipmentId",
                table: "Shipments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ResentAsShipmentId",
                table: "Shipments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "Shipments",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<long>(
                name: "ReturnedAt",
                table: "Shipments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoadAddress",
                table: "Shipments",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "TrackingNumber",
                table: "Shipments",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<long>(
                name: "UnreachedNoticeAt",
                table: "Shipments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Shipments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "AdditionalCardFee",
                table: "ProgramPolicies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "CardResendFee",
                table: "ProgramPolicies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "DeliveryBusinessDays",
                table: "ProgramPolicies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    Type = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    ProgramId = table.Column<long>(type: "bigint", nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false, collation: "Korean_100_BIN2"),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false),
                    OpenedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    OpenedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    AssigneeId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    AssigneeName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    ClockRuleKey = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false, collation: "Korean_100_BIN2"),
                    IdentityConfirmedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClockStartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDerivation = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false, collation: "Korean_100_BIN2"),
                    PausedDays = table.Column<int>(type: "int", nullable: false),
                    ReceiptNoticeAt = table.Column<long>(type: "bigint", nullable: true),
                    DelayNoticeAt = table.Column<long>(type: "bigint", nullable: true),
                    DelayReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true, collation: "Korean_100_BIN2"),
                    PromisedBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultNoticeAt = table.Column<long>(type: "bigint", nullable: true),
                    WarnedAt = table.Column<long>(type: "bigint", nullable: true),
                    BreachedAt = table.Column<long>(type: "bigint", nullable: true),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    Resolution = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true, collation: "Korean_100_BIN2"),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    ClosedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ShipmentId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    NextTryAt = table.Column<long>(type: "bigint", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    BusinessDay = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: false),
                    ClosedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ClosedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    ShipmentCount = table.Column<int>(type: "int", nullable: false),
                    ProductionFile = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    ProductionFileSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    MailingList = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    MailingListSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailingBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOutages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StartsAt = table.Column<long>(type: "bigint", nullable: false),
                    EndsAt = table.Column<long>(type: "bigint", nullable: false),
                    Systems = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false, collation: "Korean_100_BIN2"),
                    BlocksStatements = table.Column<bool>(type: "bit", nullable: false),
                    NoticeSentAt = table.Column<long>(type: "bigint", nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    RecordedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOutages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ShipmentEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ShipmentId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<int>(type: "int", nullable: true),
                    To = table.Column<int>(type: "int", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    Source = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ImportedAt = table.Column<long>(type: "bigint", nullable: false),
                    ImportedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ImportedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    RowCount = table.Column<int>(type: "int", nullable: false),
                    AppliedCount = table.Column<int>(type: "int", nullable: false),
                    UnchangedCount = table.Column<int>(type: "int", nullable: false),
                    RejectedCount = table.Column<int>(type: "int", nullable: false),
                    RejectedRows = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShipmentImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseAdjustments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    CardId = table.Column<long>(type: "bigint", nullable: true),
                    Account = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ProposedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ProposedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    ProposedAt = table.Column<long>(type: "bigint", nullable: false),
                    DecidedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    DecidedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    RefusalReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true, collation: "Korean_100_BIN2"),
                    JournalEntryId = table.Column<long>(type: "bigint", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    AddedAt = table.Column<long>(type: "bigint", nullable: false),
                    AddedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    AddedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false, collation: "Korean_100_BIN2"),
                    ActorId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false, collation: "Korean_100_BIN2")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    CardId = table.Column<long>(type: "bigint", nullable: true),
                    JournalEntryId = table.Column<long>(type: "bigint", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    ActorId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    ResumedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    ResumedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    LostCardReportId = table.Column<long>(type: "bigint", nullable: false),
                    CardId = table.Column<long>(type: "bigint", nullable: false),
                    ClaimedAmount = table.Column<long>(type: "bigint", nullable: false),
                    EligibleAmount = table.Column<long>(type: "bigint", nullable: false),
                    MemberShare = table.Column<long>(type: "bigint", nullable: false),
                    Compensation = table.Column<long>(type: "bigint", nullable: false),
                    Calculation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false, collation: "Korean_100_BIN2"),
                    RefundRequestId = table.Column<long>(type: "bigint", nullable: true),
                    AssessedAt = table.Column<long>(type: "bigint", nullable: false),
                    AssessedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    AssessedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                    MailedAt = table.Column<long>(type: "bigint", nullable: true),
                    MailingReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    MailedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    MailedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2")
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
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");

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
