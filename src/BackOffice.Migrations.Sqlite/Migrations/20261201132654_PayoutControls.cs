using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RefundRequestId",
                table: "CardIntakeCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StaffChangeRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetUserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetDisplayName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ForNewAccount = table.Column<bool>(type: "INTEGER", nullable: false),
                    RolesBefore = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RolesAfter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffChangeRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CardIntakeCases_RefundRequestId",
                table: "CardIntakeCases",
                column: "RefundRequestId",
                unique: true);

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
