using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CardId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    LostCardReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecoveredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecoveredById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecoveredByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Cause = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SuspendedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SuspendedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SuspendedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SuspendedCardIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LiftedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LiftedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LiftedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LiftReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LiftIdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Choice = table.Column<int>(type: "INTEGER", nullable: false),
                    RefundRequestNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ForfeitedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    ForfeitEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsentText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ConsentChannel = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WithdrawnByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AnonymizeAfter = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RetentionYears = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                unique: true);

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
