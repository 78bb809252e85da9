using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class NumbersAtRest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cards_Number",
                table: "Cards");

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

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NumberHash",
                table: "Cards",
                column: "NumberHash",
                unique: true,
                filter: "[NumberHash] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cards_NumberHash",
                table: "Cards");

            migrationBuilder.DropColumn(
                name: "BankAccountCipher",
                table: "RefundRequests");

            migrationBuilder.DropColumn(
                name: "BankAccountLast4",
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
        }
    }
}
