using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BackOffice.Migrations.Postgres.Migrations
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
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestNo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TargetUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TargetUserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TargetDisplayName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ForNewAccount = table.Column<bool>(type: "boolean", nullable: false),
                    RolesBefore = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RolesAfter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    RequestedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecidedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
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
