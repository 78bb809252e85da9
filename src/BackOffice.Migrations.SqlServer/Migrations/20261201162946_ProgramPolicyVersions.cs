using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProgramPolicyVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "ProgramPolicies",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramPolicies_IdempotencyKey",
                table: "ProgramPolicies",
                column: "IdempotencyKey",
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgramPolicies_IdempotencyKey",
                table: "ProgramPolicies");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "ProgramPolicies");
        }
    }
}
