using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlaceHierarchy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "event_ancestors",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    AncestorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AncestorKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DateStart = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_ancestors", x => new { x.EventId, x.AncestorId });
                    table.ForeignKey(
                        name: "FK_event_ancestors_events_EventId",
                        column: x => x.EventId,
                        principalTable: "events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "IX_event_ancestors_AncestorId_DateStart_EventId",
                table: "event_ancestors",
                columns: new[] { "AncestorId", "DateStart", "EventId" });

            migrationBuilder.CreateIndex(
                name: "IX_event_ancestors_AncestorKind_AncestorId",
                table: "event_ancestors",
                columns: new[] { "AncestorKind", "AncestorId" });

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
                name: "event_ancestors");

            migrationBuilder.DropTable(
                name: "place_ancestors");
        }
    }
}
