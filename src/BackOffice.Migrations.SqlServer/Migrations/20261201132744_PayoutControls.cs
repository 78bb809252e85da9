using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PayoutControls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IntakeCaseNo",
                table: "RefundRequests",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true,
                collation: "Korean_100_BIN2");

            migrationBuilder.AddColumn<long>(
                name: "RefundRequestId",
                table: "CardIntakeCases",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StaffChangeRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestNo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false, collation: "Korean_100_BIN2"),
                    TargetUserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    TargetUserName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    TargetDisplayName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Korean_100_BIN2"),
                    ForNewAccount = table.Column<bool>(type: "bit", nullable: false),
                    RolesBefore = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    RolesAfter = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Korean_100_BIN2"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, collation: "Korean_100_BIN2"),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    RequestedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Korean_100_BIN2"),
                    RequestedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Korean_100_BIN2"),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecidedById = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true, collation: "Korean_100_BIN2"),
                    DecidedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Korean_100_BIN2"),
                    DecisionNote = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, collation: "Korean_100_BIN2"),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffChangeRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_RefundRequestId",
                table: "CardIntakeCases",
                column: "RefundRequestId",
                unique: true,
                filter: "[RefundRequestId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StaffChangeRequests_RequestNo",
                table: "StaffChangeRequests",
                column: "RequestNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffChangeRequests_Status_RequestedAt",
                table: "StaffChangeRequests",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffChangeRequests_TargetUserId",
                table: "StaffChangeRequests",
                column: "TargetUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_CardIntakeCases_RefundRequests_RefundRequestId",
                table: "CardIntakeCases",
                column: "RefundRequestId",
                principalTable: "RefundRequests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CardIntakeCases_RefundRequests_RefundRequestId",
                table: "CardIntakeCases");

            migrationBuilder.DropTable(
                name: "StaffChangeRequests");

            migrationBuilder.DropIndex(
                name: "IX_CardIntakeCases_RefundRequestId",
                table: "CardIntakeCases");

            migrationBuilder.DropColumn(
                name: "IntakeCaseNo",
                table: "RefundRequests");

            migrationBuilder.DropColumn(
                name: "RefundRequestId",
                table: "CardIntakeCases");
        }
    }
}
