using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Postgres.Migrations
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramPolicies_IdempotencyKey",
                table: "ProgramPolicies",
                column: "IdempotencyKey",
                unique: true);
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
