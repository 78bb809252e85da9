using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StatementsAndExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TransferFileSha256",
                table: "PayoutBatches",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<string>(
                name: "ResidentNumberCipher",
                table: "Members",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.CreateTable(
                name: "ExportFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false, collation: "Korean_100_BIN2"),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Parameters = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false, collation: "Korean_100_BIN2"),
                    RequestedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    RequestedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    RequestedRoles = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, collation: "Korean_100_BIN2"),
                    HoldsPersonalData = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: true),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    RunnerId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, collation: "Korean_100_BIN2"),
                    HeartbeatAt = table.Column<long>(type: "bigint", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    CancelRequested = table.Column<bool>(type: "bit", nullable: false),
                    ProgressDone = table.Column<long>(type: "bigint", nullable: false),
                    ProgressTotal = table.Column<long>(type: "bigint", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: true),
                    Downloads = table.Column<int>(type: "int", nullable: false),
                    FailureReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportFiles", x => x.Id);
                });

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
                    ContentDeletedAt = table.Column<long>(type: "bigint", nullable: true),
                    FailureReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true, collation: "Korean_100_BIN2"),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    RanAt = table.Column<long>(type: "bigint", nullable: false),
                    IsBalanced = table.Column<bool>(type: "bit", nullable: false),
                    KindDifferences = table.Column<int>(type: "int", nullable: false),
                    DayDifferences = table.Column<int>(type: "int", nullable: false),
                    BatchDifferences = table.Column<int>(type: "int", nullable: false),
                    GrandClosing = table.Column<long>(type: "bigint", nullable: false),
                    Credits = table.Column<long>(type: "bigint", nullable: false),
                    Debits = table.Column<long>(type: "bigint", nullable: false),
                    Batches = table.Column<int>(type: "int", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExportFileChunks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FileId = table.Column<long>(type: "bigint", nullable: false),
                    Index = table.Column<int>(type: "int", nullable: false),
                    Data = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportFileChunks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportFileChunks_ExportFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "ExportFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    DownloadTokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    DownloadTokenExpiresAt = table.Column<long>(type: "bigint", nullable: true),
                    DownloadedAt = table.Column<long>(type: "bigint", nullable: true)
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
                name: "IX_DocumentPrints_DownloadTokenHash",
                table: "DocumentPrints",
                column: "DownloadTokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_ExportFileChunks_FileId_Index",
                table: "ExportFileChunks",
                columns: new[] { "FileId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportFiles_RequestedBy_RequestedAt",
                table: "ExportFiles",
                columns: new[] { "RequestedBy", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportFiles_Status_RequestedAt",
                table: "ExportFiles",
                columns: new[] { "Status", "RequestedAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationRuns_Day_RanAt",
                table: "ReconciliationRuns",
                columns: new[] { "Day", "RanAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentPrints");

            migrationBuilder.DropTable(
                name: "ExportFileChunks");

            migrationBuilder.DropTable(
                name: "ReconciliationRuns");

            migrationBuilder.DropTable(
                name: "IssuedDocuments");

            migrationBuilder.DropTable(
                name: "ExportFiles");

            migrationBuilder.DropColumn(
                name: "TransferFileSha256",
                table: "PayoutBatches");

            migrationBuilder.DropColumn(
                name: "ResidentNumberCipher",
                table: "Members");
        }
    }
}
