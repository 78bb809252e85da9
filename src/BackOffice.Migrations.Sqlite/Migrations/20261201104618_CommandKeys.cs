using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SettlementKey",
                table: "CardIntakeCases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayoutBatches_IdempotencyKey",
                table: "PayoutBatches",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_SettlementKey",
                table: "CardIntakeCases",
                column: "SettlementKey",
                unique: true);
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
