using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProductionStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2"),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Korean_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");
        }
    }
}
