using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RestrictDeletes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Accounts_Cards_CardId",
                table: "Accounts");

            migrationBuilder.DropForeignKey(
                name: "FK_Accounts_Members_MemberId",
                table: "Accounts");

            migrationBuilder.DropForeignKey(
                name: "FK_CardIntakeCases_Cards_CardId",
                table: "CardIntakeCases");

            migrationBuilder.DropForeignKey(
                name: "FK_CardIntakeCases_ProgramPolicies_PolicyId",
                table: "CardIntakeCases");

            migrationBuilder.DropForeignKey(
                name: "FK_CardIntakePhotos_CardIntakeCases_CaseId",
                table: "CardIntakePhotos");

            migrationBuilder.DropForeignKey(
                name: "FK_Cards_Cards_ReplacesCardId",
                table: "Cards");

            migrationBuilder.DropForeignKey(
                name: "FK_Cards_Members_MemberId",
                table: "Cards");

            migrationBuilder.DropForeignKey(
                name: "FK_Cards_Programs_ProgramId",
                table: "Cards");

            migrationBuilder.DropForeignKey(
                name: "FK_JournalEntries_Merchants_MerchantId",
                table: "JournalEntries");

            migrationBuilder.DropForeignKey(
                name: "FK_LostCardReports_Cards_CardId",
                table: "LostCardReports");

            migrationBuilder.DropForeignKey(
                name: "FK_LostCardReports_ProgramPolicies_PolicyId",
                table: "LostCardReports");

            migrationBuilder.DropForeignKey(
                name: "FK_Postings_Accounts_AccountId",
                table: "Postings");

            migrationBuilder.DropForeignKey(
                name: "FK_Postings_JournalEntries_JournalEntryId",
                table: "Postings");

            migrationBuilder.DropForeignKey(
                name: "FK_ProgramPolicies_Programs_ProgramId",
                table: "ProgramPolicies");

            migrationBuilder.DropForeignKey(
                name: "FK_RefundRequests_Cards_CardId",
                table: "RefundRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_RefundRequests_Members_MemberId",
                table: "RefundRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_RefundRequests_PayoutBatches_BatchId",
                table: "RefundRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_RefundRequests_ProgramPolicies_PolicyId",
                table: "RefundRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_ReissueRequests_CardDesigns_DesignId",
                table: "ReissueRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_ReissueRequests_Cards_NewCardId",
                table: "ReissueRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_ReissueRequests_Cards_OldCardId",
                table: "ReissueRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_ReissueRequests_ProgramPolicies_PolicyId",
                table: "ReissueRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_Shipments_Cards_CardId",
                table: "Shipments");

            migrationBuilder.AddForeignKey(
                name: "FK_Accounts_Cards_CardId",
                table: "Accounts",
                column: "CardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Accounts_Members_MemberId",
                table: "Accounts",
                column: "MemberId",
                principalTable: "Members",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CardIntakeCases_Cards_CardId",
                table: "CardIntakeCases",
                column: "CardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CardIntakeCases_ProgramPolicies_PolicyId",
                table: "CardIntakeCases",
                column: "PolicyId",
                principalTable: "ProgramPolicies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CardIntakePhotos_CardIntakeCases_CaseId",
                table: "CardIntakePhotos",
                column: "CaseId",
                principalTable: "CardIntakeCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Cards_Cards_ReplacesCardId",
                table: "Cards",
                column: "ReplacesCardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Cards_Members_MemberId",
                table: "Cards",
                column: "MemberId",
                principalTable: "Members",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Cards_Programs_ProgramId",
                table: "Cards",
                column: "ProgramId",
                principalTable: "Programs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_JournalEntries_Merchants_MerchantId",
                table: "JournalEntries",
                column: "MerchantId",
                principalTable: "Merchants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_LostCardReports_Cards_CardId",
                table: "LostCardReports",
                column: "CardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_LostCardReports_ProgramPolicies_PolicyId",
                table: "LostCardReports",
                column: "PolicyId",
                principalTable: "ProgramPolicies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Postings_Accounts_AccountId",
                table: "Postings",
                column: "AccountId",
                principalTable: "Accounts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Postings_JournalEntries_JournalEntryId",
                table: "Postings",
                column: "JournalEntryId",
                principalTable: "JournalEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ProgramPolicies_Programs_ProgramId",
                table: "ProgramPolicies",
                column: "ProgramId",
                principalTable: "Programs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RefundRequests_Cards_CardId",
                table: "RefundRequests",
                column: "CardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RefundRequests_Members_MemberId",
                table: "RefundRequests",
                column: "MemberId",
                principalTable: "Members",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RefundRequests_PayoutBatches_BatchId",
                table: "RefundRequests",
                column: "BatchId",
                principalTable: "PayoutBatches",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RefundRequests_ProgramPolicies_PolicyId",
                table: "RefundRequests",
                column: "PolicyId",
                principalTable: "ProgramPolicies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReissueRequests_CardDesigns_DesignId",
                table: "ReissueRequests",
                column: "DesignId",
                principalTable: "CardDesigns",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReissueRequests_Cards_NewCardId",
                table: "ReissueRequests",
                column: "NewCardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReissueRequests_Cards_OldCardId",
                table: "ReissueRequests",
                column: "OldCardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReissueRequests_ProgramPolicies_PolicyId",
                table: "ReissueRequests",
                column: "PolicyId",
                principalTable: "ProgramPolicies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Shipments_Cards_CardId",
                table: "Shipments",
                column: "CardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Accounts_Cards_CardId",
                table: "Accounts");

            migrationBuilder.DropForeignKey(
                name: "FK_Accounts_Members_MemberId",
                table: "Accounts");

            migrationBuilder.DropForeignKey(
                name: "FK_CardIntakeCases_Cards_CardId",
                table: "CardIntakeCases");

            migrationBuilder.DropForeignKey(
                name: "FK_CardIntakeCases_ProgramPolicies_PolicyId",
                table: "CardIntakeCases");

            migrationBuilder.DropForeignKey(
                name: "FK_CardIntakePhotos_CardIntakeCases_CaseId",
                table: "CardIntakePhotos");

            migrationBuilder.DropForeignKey(
                name: "FK_Cards_Cards_ReplacesCardId",
                table: "Cards");

            migrationBuilder.DropForeignKey(
                name: "FK_Cards_Members_MemberId",
                table: "Cards");

            migrationBuilder.DropForeignKey(
                name: "FK_Cards_Programs_ProgramId",
                table: "Cards");

            migrationBuilder.DropForeignKey(
                name: "FK_JournalEntries_Merchants_MerchantId",
                table: "JournalEntries");

            migrationBuilder.DropForeignKey(
                name: "FK_LostCardReports_Cards_CardId",
                table: "LostCardReports");

            migrationBuilder.DropForeignKey(
                name: "FK_LostCardReports_ProgramPolicies_PolicyId",
                table: "LostCardReports");

            migrationBuilder.DropForeignKey(
                name: "FK_Postings_Accounts_AccountId",
                table: "Postings");

            migrationBuilder.DropForeignKey(
                name: "FK_Postings_JournalEntries_JournalEntryId",
                table: "Postings");

            migrationBuilder.DropForeignKey(
                name: "FK_ProgramPolicies_Programs_ProgramId",
                table: "ProgramPolicies");

            migrationBuilder.DropForeignKey(
                name: "FK_RefundRequests_Cards_CardId",
                table: "RefundRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_RefundRequests_Members_MemberId",
                table: "RefundRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_RefundRequests_PayoutBatches_BatchId",
                table: "RefundRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_RefundRequests_ProgramPolicies_PolicyId",
                table: "RefundRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_ReissueRequests_CardDesigns_DesignId",
                table: "ReissueRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_ReissueRequests_Cards_NewCardId",
                table: "ReissueRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_ReissueRequests_Cards_OldCardId",
                table: "ReissueRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_ReissueRequests_ProgramPolicies_PolicyId",
                table: "ReissueRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_Shipments_Cards_CardId",
                table: "Shipments");

            migrationBuilder.AddForeignKey(
                name: "FK_Accounts_Cards_CardId",
                table: "Accounts",
                column: "CardId",
                principalTable: "Cards",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Accounts_Members_MemberId",
                table: "Accounts",
                column: "MemberId",
                principalTable: "Members",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_CardIntakeCases_Cards_CardId",
                table: "CardIntakeCases",
                column: "CardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CardIntakeCases_ProgramPolicies_PolicyId",
                table: "CardIntakeCases",
                column: "PolicyId",
                principalTable: "ProgramPolicies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CardIntakePhotos_CardIntakeCases_CaseId",
                table: "CardIntakePhotos",
                column: "CaseId",
                principalTable: "CardIntakeCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Cards_Cards_ReplacesCardId",
                table: "Cards",
                column: "ReplacesCardId",
                principalTable: "Cards",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Cards_Members_MemberId",
                table: "Cards",
                column: "MemberId",
                principalTable: "Members",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Cards_Programs_ProgramId",
                table: "Cards",
                column: "ProgramId",
                principalTable: "Programs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JournalEntries_Merchants_MerchantId",
                table: "JournalEntries",
                column: "MerchantId",
                principalTable: "Merchants",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_LostCardReports_Cards_CardId",
                table: "LostCardReports",
                column: "CardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_LostCardReports_ProgramPolicies_PolicyId",
                table: "LostCardReports",
                column: "PolicyId",
                principalTable: "ProgramPolicies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Postings_Accounts_AccountId",
                table: "Postings",
                column: "AccountId",
                principalTable: "Accounts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Postings_JournalEntries_JournalEntryId",
                table: "Postings",
                column: "JournalEntryId",
                principalTable: "JournalEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ProgramPolicies_Programs_ProgramId",
                table: "ProgramPolicies",
                column: "ProgramId",
                principalTable: "Programs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_RefundRequests_Cards_CardId",
                table: "RefundRequests",
                column: "CardId",
                principalTable: "Cards",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_RefundRequests_Members_MemberId",
                table: "RefundRequests",
                column: "MemberId",
                principalTable: "Members",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_RefundRequests_PayoutBatches_BatchId",
                table: "RefundRequests",
                column: "BatchId",
                principalTable: "PayoutBatches",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_RefundRequests_ProgramPolicies_PolicyId",
                table: "RefundRequests",
                column: "PolicyId",
                principalTable: "ProgramPolicies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ReissueRequests_CardDesigns_DesignId",
                table: "ReissueRequests",
                column: "DesignId",
                principalTable: "CardDesigns",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ReissueRequests_Cards_NewCardId",
                table: "ReissueRequests",
                column: "NewCardId",
                principalTable: "Cards",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_ReissueRequests_Cards_OldCardId",
                table: "ReissueRequests",
                column: "OldCardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ReissueRequests_ProgramPolicies_PolicyId",
                table: "ReissueRequests",
                column: "PolicyId",
                principalTable: "ProgramPolicies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Shipments_Cards_CardId",
                table: "Shipments",
                column: "CardId",
                principalTable: "Cards",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
