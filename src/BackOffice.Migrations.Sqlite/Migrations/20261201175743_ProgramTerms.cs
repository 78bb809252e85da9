using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProgramTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LostCardReports_CardId",
                table: "LostCardReports");

            migrationBuilder.RenameColumn(
                name: "StoreRefundCap",
                table: "ProgramPolicies",
                newName: "UsedPercentBase");

            migrationBuilder.RenameColumn(
                name: "RefundPayoutBusinessDays",
                table: "ProgramPolicies",
                newName: "ReissueValidity");

            migrationBuilder.RenameColumn(
                name: "RefundFeeUnit",
                table: "ProgramPolicies",
                newName: "RecoveredLostCardRefundable");

            migrationBuilder.RenameColumn(
                name: "RefundFeePercent",
                table: "ProgramPolicies",
                newName: "PrescriptionYears");

            migrationBuilder.RenameColumn(
                name: "RefundFeeKind",
                table: "ProgramPolicies",
                newName: "ExpiredCardReissueCarriesBalance");

            migrationBuilder.RenameColumn(
                name: "RefundFeeFlat",
                table: "ProgramPolicies",
                newName: "DisasterRefundWithoutFee");

            migrationBuilder.AddColumn<int>(
                name: "CardValidityYears",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ChargeCancelPayoutCounting",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ChargeCancelPayoutDays",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CitationsJson",
                table: "ProgramPolicies",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "DamagedReissueNeedsCollection",
                table: "ProgramPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "ProgramPolicies",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefundChannelsJson",
                table: "ProgramPolicies",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymizeAfter",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AnonymizedAt",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAt",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FaceValue",
                table: "Cards",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

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
                name: "IX_ProgramPolicies_IdempotencyKey",
                table: "ProgramPolicies",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LostCardReports_CardId",
                table: "LostCardReports",
                column: "CardId");

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

            migrationBuilder.DropIndex(
                name: "IX_ProgramPolicies_IdempotencyKey",
                table: "ProgramPolicies");

            migrationBuilder.DropIndex(
                name: "IX_LostCardReports_CardId",
                table: "LostCardReports");

            migrationBuilder.DropColumn(
                name: "CardValidityYears",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "ChargeCancelPayoutCounting",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "ChargeCancelPayoutDays",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "CitationsJson",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "DamagedReissueNeedsCollection",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "RefundChannelsJson",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "AnonymizeAfter",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "AnonymizedAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "FaceValue",
                table: "Cards");

            migrationBuilder.RenameColumn(
                name: "UsedPercentBase",
                table: "ProgramPolicies",
                newName: "StoreRefundCap");

            migrationBuilder.RenameColumn(
                name: "ReissueValidity",
                table: "ProgramPolicies",
                newName: "RefundPayoutBusinessDays");

            migrationBuilder.RenameColumn(
                name: "RecoveredLostCardRefundable",
                table: "ProgramPolicies",
                newName: "RefundFeeUnit");

            migrationBuilder.RenameColumn(
                name: "PrescriptionYears",
                table: "ProgramPolicies",
                newName: "RefundFeePercent");

            migrationBuilder.RenameColumn(
                name: "ExpiredCardReissueCarriesBalance",
                table: "ProgramPolicies",
                newName: "RefundFeeKind");

            migrationBuilder.RenameColumn(
                name: "DisasterRefundWithoutFee",
                table: "ProgramPolicies",
                newName: "RefundFeeFlat");

            migrationBuilder.CreateIndex(
                name: "IX_LostCardReports_CardId",
                table: "LostCardReports",
                column: "CardId",
                unique: true);
        }
    }
}
