using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Timeline.Data.Summaries;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <inheritdoc />
    public partial class QuerySummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_event_ancestors_AncestorKind_AncestorId",
                table: "event_ancestors");

            // WITHOUT ROWID tables (the key is the table), which EF Core cannot declare; filled from the stored events.
            migrationBuilder.Sql(SummaryTables.Create);
            migrationBuilder.Sql(SummaryTables.EventAncestorsWithoutRowId);
            migrationBuilder.Sql(SummaryTables.Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "area_counts");

            migrationBuilder.DropTable(
                name: "date_counts");

            migrationBuilder.CreateIndex(
                name: "IX_event_ancestors_AncestorKind_AncestorId",
                table: "event_ancestors",
                columns: new[] { "AncestorKind", "AncestorId" });
        }
    }
}
