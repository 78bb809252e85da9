using BackOffice.Data.Platform.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Controls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cards_Number",
                table: "Cards");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_CardId",
                table: "Accounts");

            migrationBuilder.AlterColumn<string>(
                name: "BankAccountNumber",
                table: "RefundRequests",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true,
                collation: "Korean_100_BIN2",
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32,
                oldCollation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "BankAccountCipher",
                table: "RefundRequests",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "BankAccountLast4",
                table: "RefundRequests",
                type: "nvarchar(4)",
                maxLength: 4,
                nullable: false,
                defaultValue: "",
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "IntakeCaseNo",
                table: "RefundRequests",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AlterColumn<string>(
                name: "BankAccountNumber",
                table: "Members",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true,
                collation: "Korean_100_BIN2",
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32,
                oldCollation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "BankAccountCipher",
                table: "Members",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "BankAccountLast4",
                table: "Members",
                type: "nvarchar(4)",
                maxLength: 4,
                nullable: false,
                defaultValue: "",
                collation: "Korean_100_BIN2");

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "Cards",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true,
                collation: "Korean_100_BIN2",
                oldClrType: typeof(string),
                oldType: "nvarchar(16)",
                oldMaxLength: 16,
                oldCollation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "NumberCipher",
                table: "Cards",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "NumberHash",
                table: "Cards",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<long>(
                name: "RefundRequestId",
                table: "CardIntakeCases",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditRecords",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditRecords",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditRecords",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2"),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffChangeRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestNo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    TargetUserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    TargetUserName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    TargetDisplayName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    ForNewAccount = table.Column<bool>(type: "bit", nullable: false),
                    RolesBefore = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    RolesAfter = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, collation: "Korean_100_BIN2"),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    RequestedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    RequestedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecidedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    DecidedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    DecisionNote = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, collation: "Korean_100_BIN2"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffChangeRequests", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHeads",
                columns: new[] { "Id", "Hash", "Sequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_ReissueRequests_OldCardId_Open",
                table: "ReissueRequests",
                column: "OldCardId",
                unique: true,
                filter: "[Status] = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NumberHash",
                table: "Cards",
                column: "NumberHash",
                unique: true,
                filter: "[NumberHash] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_CardId_Open",
                table: "CardIntakeCases",
                column: "CardId",
                unique: true,
                filter: "[Status] <> 6");

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_RefundRequestId",
                table: "CardIntakeCases",
                column: "RefundRequestId",
                unique: true,
                filter: "[RefundRequestId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Sequence",
                table: "AuditRecords",
                column: "Sequence",
                unique: true,
                filter: "[Sequence] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_CardId",
                table: "Accounts",
                column: "CardId",
                unique: true,
                filter: "[CardId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_MemberId_Kind_MemberLevel",
                table: "Accounts",
                columns: new[] { "MemberId", "Kind" },
                unique: true,
                filter: "[CardId] IS NULL AND [MemberId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StaffChangeRequests_RequestNo",
                table: "StaffChangeRequests",
                column: "RequestNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffChangeRequests_Status_RequestedAt",
                table: "StaffChangeRequests",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffChangeRequests_TargetUserId",
                table: "StaffChangeRequests",
                column: "TargetUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_CardIntakeCases_RefundRequests_RefundRequestId",
                table: "CardIntakeCases",
                column: "RefundRequestId",
                principalTable: "RefundRequests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Triggers that refuse UPDATE and DELETE on audit rows (issue 10 item 7): provider SQL in one class.
            AuditTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AuditTriggers.Drop(migrationBuilder);

            migrationBuilder.DropForeignKey(
                name: "FK_CardIntakeCases_RefundRequests_RefundRequestId",
                table: "CardIntakeCases");

            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "StaffChangeRequests");

            migrationBuilder.DropIndex(
                name: "IX_ReissueRequests_OldCardId_Open",
                table: "ReissueRequests");

            migrationBuilder.DropIndex(
                name: "IX_Cards_NumberHash",
                table: "Cards");

            migrationBuilder.DropIndex(
                name: "IX_CardIntakeCases_CardId_Open",
                table: "CardIntakeCases");

            migrationBuilder.DropIndex(
                name: "IX_CardIntakeCases_RefundRequestId",
                table: "CardIntakeCases");

            migrationBuilder.DropIndex(
                name: "IX_AuditRecords_Sequence",
                table: "AuditRecords");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_CardId",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_MemberId_Kind_MemberLevel",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "BankAccountCipher",
                table: "RefundRequests");

            migrationBuilder.DropColumn(
                name: "BankAccountLast4",
                table: "RefundRequests");

            migrationBuilder.DropColumn(
                name: "IntakeCaseNo",
                table: "RefundRequests");

            migrationBuilder.DropColumn(
                name: "BankAccountCipher",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "BankAccountLast4",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "NumberCipher",
                table: "Cards");

            migrationBuilder.DropColumn(
                name: "NumberHash",
                table: "Cards");

            migrationBuilder.DropColumn(
                name: "RefundRequestId",
                table: "CardIntakeCases");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditRecords");

            migrationBuilder.AlterColumn<string>(
                name: "BankAccountNumber",
                table: "RefundRequests",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                collation: "Korean_100_BIN2",
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32,
                oldNullable: true,
                oldCollation: "Korean_100_BIN2");

            migrationBuilder.AlterColumn<string>(
                name: "BankAccountNumber",
                table: "Members",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                collation: "Korean_100_BIN2",
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32,
                oldNullable: true,
                oldCollation: "Korean_100_BIN2");

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "Cards",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "",
                collation: "Korean_100_BIN2",
                oldClrType: typeof(string),
                oldType: "nvarchar(16)",
                oldMaxLength: 16,
                oldNullable: true,
                oldCollation: "Korean_100_BIN2");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_Number",
                table: "Cards",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_CardId",
                table: "Accounts",
                column: "CardId");
        }
    }
}
