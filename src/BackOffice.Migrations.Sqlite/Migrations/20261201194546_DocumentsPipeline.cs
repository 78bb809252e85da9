using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DocumentsPipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ContentDeletedAt",
                table: "IssuedDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DownloadTokenExpiresAt",
                table: "DocumentPrints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DownloadTokenHash",
                table: "DocumentPrints",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DownloadedAt",
                table: "DocumentPrints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentPrints_DownloadTokenHash",
                table: "DocumentPrints",
                column: "DownloadTokenHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DocumentPrints_DownloadTokenHash",
                table: "DocumentPrints");

            migrationBuilder.DropColumn(
                name: "ContentDeletedAt",
                table: "IssuedDocuments");

            migrationBuilder.DropColumn(
                name: "DownloadTokenExpiresAt",
                table: "DocumentPrints");

            migrationBuilder.DropColumn(
                name: "DownloadTokenHash",
                table: "DocumentPrints");

            migrationBuilder.DropColumn(
                name: "DownloadedAt",
                table: "DocumentPrints");
        }
    }
}
