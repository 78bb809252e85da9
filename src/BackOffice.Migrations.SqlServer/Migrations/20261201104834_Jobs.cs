using BackOffice.Migrations.SqlServer.Quartz;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Jobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "OverdueSince",
                table: "RefundRequests",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OverdueSince",
                table: "CardIntakeCases",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JobName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    DurationMs = table.Column<long>(type: "bigint", nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    Message = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false, collation: "Korean_100_BIN2"),
                    Server = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    StartedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LedgerCheckRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RanAt = table.Column<long>(type: "bigint", nullable: false),
                    AccountsChecked = table.Column<int>(type: "int", nullable: false),
                    EntriesChecked = table.Column<long>(type: "bigint", nullable: false),
                    Mismatches = table.Column<int>(type: "int", nullable: false),
                    UnbalancedEntries = table.Column<int>(type: "int", nullable: false),
                    NegativeMemberBalances = table.Column<long>(type: "bigint", nullable: false),
                    GrandTotal = table.Column<long>(type: "bigint", nullable: false),
                    IsConsistent = table.Column<bool>(type: "bit", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerCheckRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Source = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    Permission = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    Message = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false, collation: "Korean_100_BIN2"),
                    RaisedAt = table.Column<long>(type: "bigint", nullable: false),
                    LastSeenAt = table.Column<long>(type: "bigint", nullable: false),
                    ResolvedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAlerts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobName_StartedAt",
                table: "JobRuns",
                columns: new[] { "JobName", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerCheckRuns_RanAt",
                table: "LedgerCheckRuns",
                column: "RanAt");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAlerts_Source_ResolvedAt",
                table: "StaffAlerts",
                columns: new[] { "Source", "ResolvedAt" });

            // Quartz.NET's clustered job store (tables qrtz_*): its own schema script for this provider.
            QuartzTables.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            QuartzTables.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "LedgerCheckRuns");

            migrationBuilder.DropTable(
                name: "StaffAlerts");

            migrationBuilder.DropColumn(
                name: "OverdueSince",
                table: "RefundRequests");

            migrationBuilder.DropColumn(
                name: "OverdueSince",
                table: "CardIntakeCases");
        }
    }
}
