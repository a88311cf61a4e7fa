namespace Timeline.Data.Summaries;

/// <summary>
/// The SQL of the summary tables (<c>area_counts</c>, <c>date_counts</c>) and the <c>WITHOUT ROWID</c> form of
/// <c>event_ancestors</c>: tables EF Core cannot declare. Used by the migration that
/// makes them, which also fills them from the rows already stored (<see cref="Backfill"/>).
/// </summary>
internal static class SummaryTables
{
    public const string Create = """
        CREATE TABLE area_counts (
            Level TEXT NOT NULL, Grain TEXT NOT NULL, Period TEXT NOT NULL, Area TEXT NOT NULL,
            Starts INTEGER NOT NULL, Ends INTEGER NOT NULL,
            CONSTRAINT PK_area_counts PRIMARY KEY (Level, Grain, Period, Area)) WITHOUT ROWID;
        CREATE TABLE date_counts (
            Source TEXT NOT NULL, Start TEXT NOT NULL, "End" TEXT NOT NULL, Events INTEGER NOT NULL,
            CONSTRAINT PK_date_counts PRIMARY KEY (Source, Start, "End")) WITHOUT ROWID;
        """;

    /// <summary>event_ancestors rebuilt as a WITHOUT ROWID table keyed (EventId, AncestorId): one b-tree less per row.</summary>
    public const string EventAncestorsWithoutRowId = """
        CREATE TABLE event_ancestors_new (
            EventId INTEGER NOT NULL, AncestorId TEXT NOT NULL, AncestorKind TEXT NOT NULL, DateStart TEXT NOT NULL,
            CONSTRAINT PK_event_ancestors PRIMARY KEY (EventId, AncestorId),
            CONSTRAINT FK_event_ancestors_events_EventId FOREIGN KEY (EventId) REFERENCES events (Id) ON DELETE CASCADE) WITHOUT ROWID;
        INSERT INTO event_ancestors_new SELECT EventId, AncestorId, AncestorKind, DateStart FROM event_ancestors ORDER BY EventId, AncestorId;
        DROP TABLE event_ancestors;
        ALTER TABLE event_ancestors_new RENAME TO event_ancestors;
        CREATE INDEX IX_event_ancestors_AncestorId_DateStart_EventId ON event_ancestors (AncestorId, DateStart, EventId);
        """;

    /// <summary>The summaries of the events already stored, as the importer writes them (<see cref="SummaryWriter"/>).</summary>
    public const string Backfill = """
        INSERT INTO date_counts (Source, Start, "End", Events)
            SELECT '', DateStart, DateEnd, COUNT(*) FROM events GROUP BY DateStart, DateEnd;
        INSERT INTO date_counts (Source, Start, "End", Events)
            SELECT a.Source, e.DateStart, e.DateEnd, COUNT(*) FROM events e JOIN articles a ON a.Id = e.ArticleId
            WHERE a.Source IS NOT NULL AND a.Source <> '' GROUP BY a.Source, e.DateStart, e.DateEnd;
        CREATE TEMP TABLE event_areas AS
            SELECT x.AncestorKind AS Level, x.AncestorId AS Area, e.DateStart AS Start, e.DateEnd AS "End"
            FROM event_ancestors x JOIN events e ON e.Id = x.EventId WHERE x.AncestorKind IN ('Country', 'Admin1', 'Admin2')
            UNION ALL
            SELECT 'Point', p.PlaceId, e.DateStart, e.DateEnd
            FROM (SELECT DISTINCT EventId, PlaceId FROM event_places
                  WHERE Kind NOT IN ('Country', 'Admin1', 'Admin2', 'Region', 'River', 'Border')) p
            JOIN events e ON e.Id = p.EventId;
        INSERT INTO area_counts (Level, Grain, Period, Area, Starts, Ends)
            SELECT Level, Grain, Period, Area, SUM(Starts), SUM(Ends) FROM (
                SELECT Level, 'Total' AS Grain, '0001-01-01' AS Period, Area, 1 AS Starts, 1 AS Ends FROM temp.event_areas
                UNION ALL SELECT Level, 'Decade', substr(Start, 1, 3) || '0-01-01', Area, 1, 0 FROM temp.event_areas
                UNION ALL SELECT Level, 'Decade', substr("End", 1, 3) || '0-01-01', Area, 0, 1 FROM temp.event_areas
                UNION ALL SELECT Level, 'Year', substr(Start, 1, 4) || '-01-01', Area, 1, 0 FROM temp.event_areas
                UNION ALL SELECT Level, 'Year', substr("End", 1, 4) || '-01-01', Area, 0, 1 FROM temp.event_areas
                UNION ALL SELECT Level, 'Month', substr(Start, 1, 7) || '-01', Area, 1, 0 FROM temp.event_areas
                UNION ALL SELECT Level, 'Month', substr("End", 1, 7) || '-01', Area, 0, 1 FROM temp.event_areas
                UNION ALL SELECT Level, 'Day', Start, Area, 1, 0 FROM temp.event_areas
                UNION ALL SELECT Level, 'Day', "End", Area, 0, 1 FROM temp.event_areas)
            GROUP BY Level, Grain, Period, Area;
        DROP TABLE temp.event_areas;
        """;
}
