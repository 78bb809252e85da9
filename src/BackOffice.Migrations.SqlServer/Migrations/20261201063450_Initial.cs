using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2"),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Korean_100_BIN2"),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Korean_100_BIN2"),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2"),
                    DisplayName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    IsDisabled = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Korean_100_BIN2"),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Korean_100_BIN2"),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Korean_100_BIN2"),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Korean_100_BIN2"),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2"),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2"),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2"),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<long>(type: "bigint", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Action = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    EntityType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    EntityId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    MemberId = table.Column<long>(type: "bigint", nullable: true),
                    Before = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2"),
                    After = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2"),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CardDesigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    Stock = table.Column<int>(type: "int", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardDesigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MemberNo = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false, collation: "Korean_100_BIN2"),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    Phone = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false, collation: "Korean_100_BIN2"),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    IsForeigner = table.Column<bool>(type: "bit", nullable: false),
                    HasAlienRegistration = table.Column<bool>(type: "bit", nullable: false),
                    IncomeDeductionRegisteredAt = table.Column<long>(type: "bigint", nullable: true),
                    BankName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    BankAccountNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    BankAccountHolder = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    JoinedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Merchants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Category = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    District = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    InDistrict = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Merchants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayoutBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BatchNo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    CreatedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    ItemCount = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstDownloadedAt = table.Column<long>(type: "bigint", nullable: true),
                    DownloadCount = table.Column<int>(type: "int", nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Programs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicHolidays",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    IsSubstitute = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicHolidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2"),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2"),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2"),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2"),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2"),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2"),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2"),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2"),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Korean_100_BIN2"),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Type = table.Column<int>(type: "int", nullable: false),
                    OccurredAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Actor = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ActorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Description = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    MerchantId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalEntries_Merchants_MerchantId",
                        column: x => x.MerchantId,
                        principalTable: "Merchants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: true),
                    Number = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false, collation: "Korean_100_BIN2"),
                    Last4 = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false, collation: "Korean_100_BIN2"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    StoppedAt = table.Column<long>(type: "bigint", nullable: true),
                    IsRegistered = table.Column<bool>(type: "bit", nullable: false),
                    IsNamed = table.Column<bool>(type: "bit", nullable: false),
                    IsMain = table.Column<bool>(type: "bit", nullable: false),
                    Design = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstUsedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReplacesCardId = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cards_Cards_ReplacesCardId",
                        column: x => x.ReplacesCardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cards_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cards_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgramPolicies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramId = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    BearerCardBalanceLimit = table.Column<long>(type: "bigint", nullable: false),
                    NamedCardBalanceLimit = table.Column<long>(type: "bigint", nullable: false),
                    ChargeCancelDays = table.Column<int>(type: "int", nullable: false),
                    ChargeCancelCounting = table.Column<int>(type: "int", nullable: false),
                    RefundUsedPercentThreshold = table.Column<int>(type: "int", nullable: false),
                    SmallFaceValueLimit = table.Column<long>(type: "bigint", nullable: false),
                    SmallFaceValueUsedPercentThreshold = table.Column<int>(type: "int", nullable: false),
                    ExpiredCardRefundPercent = table.Column<int>(type: "int", nullable: false),
                    RefundPayoutBusinessDays = table.Column<int>(type: "int", nullable: false),
                    RefundFeeKind = table.Column<int>(type: "int", nullable: false),
                    RefundFeePercent = table.Column<int>(type: "int", nullable: false),
                    RefundFeeUnit = table.Column<long>(type: "bigint", nullable: false),
                    RefundFeeFlat = table.Column<long>(type: "bigint", nullable: false),
                    StoreRefundCap = table.Column<long>(type: "bigint", nullable: false),
                    CashbackPercentInDistrict = table.Column<int>(type: "int", nullable: false),
                    CashbackPercentOutOfDistrict = table.Column<int>(type: "int", nullable: false),
                    LostCardHandling = table.Column<int>(type: "int", nullable: false),
                    FraudCompensationDaysBeforeReport = table.Column<int>(type: "int", nullable: false),
                    MemberFraudShareCapPerCard = table.Column<long>(type: "bigint", nullable: false),
                    LostReissueFee = table.Column<long>(type: "bigint", nullable: false),
                    DamagedReissueFee = table.Column<long>(type: "bigint", nullable: false),
                    DefectBalanceVerifyDays = table.Column<int>(type: "int", nullable: false),
                    DefectBalanceVerifyInBusinessDays = table.Column<bool>(type: "bit", nullable: false),
                    BrokenCardWarrantyMonths = table.Column<int>(type: "int", nullable: false),
                    CardPriceRefundMonths = table.Column<int>(type: "int", nullable: false),
                    ReplacementShipBusinessDays = table.Column<int>(type: "int", nullable: false),
                    CardPrice = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramPolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramPolicies_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: true),
                    CardId = table.Column<long>(type: "bigint", nullable: true),
                    SystemCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    Balance = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accounts_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Accounts_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Shipments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CardId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    ReissueRequestId = table.Column<long>(type: "bigint", nullable: true),
                    Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    Method = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: false),
                    DueRule = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shipments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Shipments_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CardIntakeCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseNo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    CardId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ReportedKind = table.Column<int>(type: "int", nullable: false),
                    InspectedKind = table.Column<int>(type: "int", nullable: false),
                    PolicyId = table.Column<long>(type: "bigint", nullable: false),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    RequestedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    RequestedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    CardReceivedAt = table.Column<long>(type: "bigint", nullable: true),
                    InspectedAt = table.Column<long>(type: "bigint", nullable: true),
                    InspectionNotes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false, collation: "Korean_100_BIN2"),
                    RejectionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true, collation: "Korean_100_BIN2"),
                    WithinWarranty = table.Column<bool>(type: "bit", nullable: false),
                    WarrantyExplanation = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    VerifiedBalance = table.Column<long>(type: "bigint", nullable: true),
                    BalanceVerifiedAt = table.Column<long>(type: "bigint", nullable: true),
                    BalanceDueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    BalanceDueRule = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false, collation: "Korean_100_BIN2"),
                    ReplacementDueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplacementDueRule = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false, collation: "Korean_100_BIN2"),
                    Settlement = table.Column<int>(type: "int", nullable: true),
                    SettledAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    ReplacementCardId = table.Column<long>(type: "bigint", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardIntakeCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CardIntakeCases_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardIntakeCases_ProgramPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "ProgramPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LostCardReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReportNo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    CardId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    ReportedAt = table.Column<long>(type: "bigint", nullable: false),
                    ReportedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ReportedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Notes = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    BalanceAtReport = table.Column<long>(type: "bigint", nullable: false),
                    SweptToEmoney = table.Column<long>(type: "bigint", nullable: false),
                    CarriedToReissue = table.Column<long>(type: "bigint", nullable: false),
                    SweepEntryId = table.Column<long>(type: "bigint", nullable: true),
                    Handling = table.Column<int>(type: "int", nullable: false),
                    PolicyId = table.Column<long>(type: "bigint", nullable: false),
                    Explanation = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false, collation: "Korean_100_BIN2"),
                    FraudWindowFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    MemberFraudShareCap = table.Column<long>(type: "bigint", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LostCardReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LostCardReports_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LostCardReports_ProgramPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "ProgramPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RefundRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestNo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    CardId = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    ChargeEntryId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Eligible = table.Column<bool>(type: "bit", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Fee = table.Column<long>(type: "bigint", nullable: false),
                    Payout = table.Column<long>(type: "bigint", nullable: false),
                    PolicyId = table.Column<long>(type: "bigint", nullable: false),
                    PolicyVersion = table.Column<int>(type: "int", nullable: false),
                    Explanation = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false, collation: "Korean_100_BIN2"),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true, collation: "Korean_100_BIN2"),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    RequestedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    RequestedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    HoldEntryId = table.Column<long>(type: "bigint", nullable: true),
                    BankName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    BankAccountNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    BankAccountHolder = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: false),
                    DueRule = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false, collation: "Korean_100_BIN2"),
                    RequiresSupervisor = table.Column<bool>(type: "bit", nullable: false),
                    ApprovalRule = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false, collation: "Korean_100_BIN2"),
                    FinanceApprovedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    FinanceApprovedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    FinanceApprovedAt = table.Column<long>(type: "bigint", nullable: true),
                    SupervisorApprovedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    SupervisorApprovedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    SupervisorApprovedAt = table.Column<long>(type: "bigint", nullable: true),
                    RejectedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    RejectedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    RejectedAt = table.Column<long>(type: "bigint", nullable: true),
                    RejectionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true, collation: "Korean_100_BIN2"),
                    BatchId = table.Column<long>(type: "bigint", nullable: true),
                    PaidAt = table.Column<long>(type: "bigint", nullable: true),
                    FailedAt = table.Column<long>(type: "bigint", nullable: true),
                    FailureReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true, collation: "Korean_100_BIN2"),
                    SettledByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    FollowUpOpen = table.Column<bool>(type: "bit", nullable: false),
                    FollowUpNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true, collation: "Korean_100_BIN2"),
                    FollowUpClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    FollowUpClosedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefundRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RefundRequests_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RefundRequests_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RefundRequests_PayoutBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "PayoutBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RefundRequests_ProgramPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "ProgramPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReissueRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestNo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    OldCardId = table.Column<long>(type: "bigint", nullable: false),
                    NewCardId = table.Column<long>(type: "bigint", nullable: true),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<int>(type: "int", nullable: false),
                    DesignId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PolicyId = table.Column<long>(type: "bigint", nullable: false),
                    Fee = table.Column<long>(type: "bigint", nullable: false),
                    FeeCharged = table.Column<long>(type: "bigint", nullable: false),
                    FeeExplanation = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    WaiverRequested = table.Column<bool>(type: "bit", nullable: false),
                    WaiverReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true, collation: "Korean_100_BIN2"),
                    WaiverDecidedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    WaiverDecidedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    WaiverDecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    WaiverDecisionNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true, collation: "Korean_100_BIN2"),
                    CarriedBalance = table.Column<long>(type: "bigint", nullable: false),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    RequestedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    RequestedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: true),
                    IntakeCaseId = table.Column<long>(type: "bigint", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReissueRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReissueRequests_CardDesigns_DesignId",
                        column: x => x.DesignId,
                        principalTable: "CardDesigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReissueRequests_Cards_NewCardId",
                        column: x => x.NewCardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReissueRequests_Cards_OldCardId",
                        column: x => x.OldCardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReissueRequests_ProgramPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "ProgramPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Postings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JournalEntryId = table.Column<long>(type: "bigint", nullable: false),
                    AccountId = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    BalanceAfter = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Postings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Postings_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Postings_JournalEntries_JournalEntryId",
                        column: x => x.JournalEntryId,
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CardIntakePhotos",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    StoredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<long>(type: "bigint", nullable: false),
                    UploadedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardIntakePhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CardIntakePhotos_CardIntakeCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CardIntakeCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_CardId",
                table: "Accounts",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_MemberId_Kind",
                table: "Accounts",
                columns: new[] { "MemberId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_SystemCode",
                table: "Accounts",
                column: "SystemCode",
                unique: true,
                filter: "[SystemCode] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_At",
                table: "AuditRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_MemberId_At",
                table: "AuditRecords",
                columns: new[] { "MemberId", "At" });

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
                name: "IX_Cards_Last4",
                table: "Cards",
                column: "Last4");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_MemberId",
                table: "Cards",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_Number",
                table: "Cards",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cards_ProgramId",
                table: "Cards",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_ReplacesCardId",
                table: "Cards",
                column: "ReplacesCardId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_IdempotencyKey",
                table: "JournalEntries",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_MerchantId",
                table: "JournalEntries",
                column: "MerchantId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_OccurredAt",
                table: "JournalEntries",
                column: "OccurredAt");

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
                name: "IX_Members_MemberNo",
                table: "Members",
                column: "MemberNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_Name",
                table: "Members",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Members_Phone",
                table: "Members",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutBatches_BatchNo",
                table: "PayoutBatches",
                column: "BatchNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayoutBatches_Status_CreatedAt",
                table: "PayoutBatches",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Postings_AccountId_JournalEntryId",
                table: "Postings",
                columns: new[] { "AccountId", "JournalEntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_Postings_JournalEntryId",
                table: "Postings",
                column: "JournalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramPolicies_ProgramId_Version",
                table: "ProgramPolicies",
                columns: new[] { "ProgramId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programs_Code",
                table: "Programs",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicHolidays_Date",
                table: "PublicHolidays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefundRequests_BatchId",
                table: "RefundRequests",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_RefundRequests_CardId",
                table: "RefundRequests",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_RefundRequests_ChargeEntryId",
                table: "RefundRequests",
                column: "ChargeEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_RefundRequests_IdempotencyKey",
                table: "RefundRequests",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefundRequests_MemberId",
                table: "RefundRequests",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_RefundRequests_PolicyId",
                table: "RefundRequests",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_RefundRequests_RequestNo",
                table: "RefundRequests",
                column: "RequestNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefundRequests_Status_DueBy",
                table: "RefundRequests",
                columns: new[] { "Status", "DueBy" });

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
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditRecords");

            migrationBuilder.DropTable(
                name: "CardIntakePhotos");

            migrationBuilder.DropTable(
                name: "LostCardReports");

            migrationBuilder.DropTable(
                name: "Postings");

            migrationBuilder.DropTable(
                name: "PublicHolidays");

            migrationBuilder.DropTable(
                name: "RefundRequests");

            migrationBuilder.DropTable(
                name: "ReissueRequests");

            migrationBuilder.DropTable(
                name: "Shipments");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "CardIntakeCases");

            migrationBuilder.DropTable(
                name: "Accounts");

            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropTable(
                name: "PayoutBatches");

            migrationBuilder.DropTable(
                name: "CardDesigns");

            migrationBuilder.DropTable(
                name: "ProgramPolicies");

            migrationBuilder.DropTable(
                name: "Cards");

            migrationBuilder.DropTable(
                name: "Merchants");

            migrationBuilder.DropTable(
                name: "Members");

            migrationBuilder.DropTable(
                name: "Programs");
        }
    }
}
