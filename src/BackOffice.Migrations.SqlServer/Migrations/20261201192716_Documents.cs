using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IssuedDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false, collation: "Korean_100_BIN2"),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false, collation: "Korean_100_BIN2"),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    IssuedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    IssuedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    PageCount = table.Column<int>(type: "int", nullable: false),
                    RetainUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    RetentionRule = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    FailureReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true, collation: "Korean_100_BIN2"),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocumentPrints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    IsReprint = table.Column<bool>(type: "bit", nullable: false),
                    PrintedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    PrintedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    PrintedAt = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentPrints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentPrints_IssuedDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "IssuedDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentPrints_DocumentId_PrintedAt",
                table: "DocumentPrints",
                columns: new[] { "DocumentId", "PrintedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_IdempotencyKey",
                table: "IssuedDocuments",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_MemberId_IssuedAt",
                table: "IssuedDocuments",
                columns: new[] { "MemberId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_Number",
                table: "IssuedDocuments",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentPrints");

            migrationBuilder.DropTable(
                name: "IssuedDocuments");
        }
    }
}
