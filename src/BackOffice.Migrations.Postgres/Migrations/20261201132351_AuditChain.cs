using BackOffice.Data.Platform.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Accounts_CardId",
                table: "Accounts");

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditRecords",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditRecords",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditRecords",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
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
                name: "IX_CardIntakeCases_CardId_Open",
                table: "CardIntakeCases",
                column: "CardId",
                unique: true,
                filter: "\"Status\" <> 6");

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

            // Triggers that refuse UPDATE and DELETE on audit rows (issue 10 item 7): provider SQL in one class.
            AuditTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AuditTriggers.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropIndex(
                name: "IX_ReissueRequests_OldCardId_Open",
                table: "ReissueRequests");

            migrationBuilder.DropIndex(
                name: "IX_CardIntakeCases_CardId_Open",
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
                name: "Hash",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditRecords");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_CardId",
                table: "Accounts",
                column: "CardId");
        }
    }
}
