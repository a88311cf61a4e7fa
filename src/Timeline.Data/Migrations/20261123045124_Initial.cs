using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Published = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedText = table.Column<string>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    SentenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                    SentenceEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Sentence = table.Column<string>(type: "TEXT", nullable: false),
                    Paragraph = table.Column<int>(type: "INTEGER", nullable: false),
                    DateStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Precision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Edtf = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DateText = table.Column<string>(type: "TEXT", nullable: true),
                    DateTextStart = table.Column<int>(type: "INTEGER", nullable: true),
                    DateTextEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    DateRule = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "spans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_spans_articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_places",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlaceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PlaceName = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", nullable: true),
                    Admin1Id = table.Column<string>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    Mention = table.Column<string>(type: "TEXT", nullable: false),
                    MentionStart = table.Column<int>(type: "INTEGER", nullable: false),
                    MentionEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_places", x => x.Id);
                    table.ForeignKey(
                        name: "FK_event_places_events_EventId",
                        column: x => x.EventId,
                        principalTable: "events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_articles_ContentHash",
                table: "articles",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_articles_Published",
                table: "articles",
                column: "Published");

            migrationBuilder.CreateIndex(
                name: "IX_articles_Source",
                table: "articles",
                column: "Source");

            migrationBuilder.CreateIndex(
                name: "IX_event_places_EventId",
                table: "event_places",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_event_places_PlaceId_EventId",
                table: "event_places",
                columns: new[] { "PlaceId", "EventId" });

            migrationBuilder.CreateIndex(
                name: "IX_events_ArticleId_Ordinal",
                table: "events",
                columns: new[] { "ArticleId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_DateEnd",
                table: "events",
                column: "DateEnd");

            migrationBuilder.CreateIndex(
                name: "IX_events_DateStart_Id",
                table: "events",
                columns: new[] { "DateStart", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_spans_ArticleId_Start",
                table: "spans",
                columns: new[] { "ArticleId", "Start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_places");

            migrationBuilder.DropTable(
                name: "spans");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "articles");
        }
    }
}
