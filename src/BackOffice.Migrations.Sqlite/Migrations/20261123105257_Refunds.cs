using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Refunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PayoutBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    DueBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstDownloadedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DownloadCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RefundRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    CardId = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ChargeEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Fee = table.Column<long>(type: "INTEGER", nullable: false),
                    Payout = table.Column<long>(type: "INTEGER", nullable: false),
                    PolicyId = table.Column<long>(type: "INTEGER", nullable: false),
                    PolicyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HoldEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BankAccountNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BankAccountHolder = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DueBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueRule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RequiresSupervisor = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApprovalRule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FinanceApprovedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FinanceApprovedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FinanceApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SupervisorApprovedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SupervisorApprovedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SupervisorApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RejectedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RejectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SettledByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FollowUpOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    FollowUpNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FollowUpClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FollowUpClosedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefundRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RefundRequests_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RefundRequests_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RefundRequests_PayoutBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "PayoutBatches",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RefundRequests_ProgramPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "ProgramPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RefundRequests");

            migrationBuilder.DropTable(
                name: "PayoutBatches");
        }
    }
}
