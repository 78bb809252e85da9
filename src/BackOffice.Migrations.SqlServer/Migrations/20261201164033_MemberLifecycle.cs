using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MemberLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CardRecovery",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CardId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    LostCardReportId = table.Column<long>(type: "bigint", nullable: false),
                    ReportNo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    RecoveredAt = table.Column<long>(type: "bigint", nullable: false),
                    RecoveredById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    RecoveredByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Notes = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    Explanation = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false, collation: "Korean_100_BIN2"),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardRecovery", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CardRecovery_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CardRecovery_LostCardReports_LostCardReportId",
                        column: x => x.LostCardReportId,
                        principalTable: "LostCardReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberSuspension",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    Cause = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    SuspendedAt = table.Column<long>(type: "bigint", nullable: false),
                    SuspendedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    SuspendedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    SuspendedCardIds = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false, collation: "Korean_100_BIN2"),
                    LiftedAt = table.Column<long>(type: "bigint", nullable: true),
                    LiftedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    LiftedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    LiftReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true, collation: "Korean_100_BIN2"),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    LiftIdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberSuspension", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberSuspension_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberWithdrawal",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    Choice = table.Column<int>(type: "int", nullable: false),
                    RefundRequestNo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true, collation: "Korean_100_BIN2"),
                    ForfeitedAmount = table.Column<long>(type: "bigint", nullable: false),
                    ForfeitEntryId = table.Column<long>(type: "bigint", nullable: true),
                    ConsentText = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false, collation: "Korean_100_BIN2"),
                    ConsentChannel = table.Column<int>(type: "int", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Korean_100_BIN2"),
                    WithdrawnAt = table.Column<long>(type: "bigint", nullable: false),
                    WithdrawnById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    WithdrawnByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    AnonymizeAfter = table.Column<DateOnly>(type: "date", nullable: false),
                    RetentionYears = table.Column<int>(type: "int", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberWithdrawal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberWithdrawal_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CardRecovery_CardId",
                table: "CardRecovery",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_CardRecovery_IdempotencyKey",
                table: "CardRecovery",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CardRecovery_LostCardReportId",
                table: "CardRecovery",
                column: "LostCardReportId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberSuspension_IdempotencyKey",
                table: "MemberSuspension",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberSuspension_LiftIdempotencyKey",
                table: "MemberSuspension",
                column: "LiftIdempotencyKey",
                unique: true,
                filter: "[LiftIdempotencyKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_MemberSuspension_MemberId",
                table: "MemberSuspension",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberWithdrawal_IdempotencyKey",
                table: "MemberWithdrawal",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberWithdrawal_MemberId",
                table: "MemberWithdrawal",
                column: "MemberId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CardRecovery");

            migrationBuilder.DropTable(
                name: "MemberSuspension");

            migrationBuilder.DropTable(
                name: "MemberWithdrawal");
        }
    }
}
