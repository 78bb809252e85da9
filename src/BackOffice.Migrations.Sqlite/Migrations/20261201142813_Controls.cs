using BackOffice.Data.Platform.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 32);

            migrationBuilder.AddColumn<string>(
                name: "BankAccountCipher",
                table: "RefundRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BankAccountLast4",
                table: "RefundRequests",
                type: "TEXT",
                maxLength: 4,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "IntakeCaseNo",
                table: "RefundRequests",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "BankAccountNumber",
                table: "Members",
                type: "TEXT",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 32);

            migrationBuilder.AddColumn<string>(
                name: "BankAccountCipher",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BankAccountLast4",
                table: "Members",
                type: "TEXT",
                maxLength: 4,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "Cards",
                type: "TEXT",
                maxLength: 16,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 16);

            migrationBuilder.AddColumn<string>(
                name: "NumberCipher",
                table: "Cards",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NumberHash",
                table: "Cards",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RefundRequestId",
                table: "CardIntakeCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffChangeRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetUserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetDisplayName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ForNewAccount = table.Column<bool>(type: "INTEGER", nullable: false),
                    RolesBefore = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RolesAfter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NumberHash",
                table: "Cards",
                column: "NumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_CardId_Open",
                table: "CardIntakeCases",
                column: "CardId",
                unique: true,
                filter: "\"Status\" <> 6");

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_RefundRequestId",
                table: "CardIntakeCases",
                column: "RefundRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Sequence",
                table: "AuditRecords",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_CardId",
                table: "Accounts",
                column: "CardId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_MemberId_Kind_MemberLevel",
                table: "Accounts",
                columns: new[] { "MemberId", "Kind" },
                unique: true,
                filter: "\"CardId\" IS NULL AND \"MemberId\" IS NOT NULL");

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
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "BankAccountNumber",
                table: "Members",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "Cards",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 16,
                oldNullable: true);

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
