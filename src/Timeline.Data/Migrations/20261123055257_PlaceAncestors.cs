using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlaceAncestors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "place_ancestors",
                columns: table => new
                {
                    PlaceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AncestorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AncestorKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_place_ancestors", x => new { x.PlaceId, x.AncestorId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_place_ancestors_AncestorId_PlaceId",
                table: "place_ancestors",
                columns: new[] { "AncestorId", "PlaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_place_ancestors_AncestorKind_AncestorId_PlaceId",
                table: "place_ancestors",
                columns: new[] { "AncestorKind", "AncestorId", "PlaceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "place_ancestors");
        }
    }
}
