using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CommandKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "PayoutBatches",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "SettlementKey",
                table: "CardIntakeCases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutBatches_IdempotencyKey",
                table: "PayoutBatches",
                column: "IdempotencyKey",
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_SettlementKey",
                table: "CardIntakeCases",
                column: "SettlementKey",
                unique: true,
                filter: "[SettlementKey] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PayoutBatches_IdempotencyKey",
                table: "PayoutBatches");

            migrationBuilder.DropIndex(
                name: "IX_CardIntakeCases_SettlementKey",
                table: "CardIntakeCases");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "PayoutBatches");

            migrationBuilder.DropColumn(
                name: "SettlementKey",
                table: "CardIntakeCases");
        }
    }
}
