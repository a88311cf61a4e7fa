using System.Data.Common;
using Timeline.Core.Places;

namespace Timeline.Data.Hierarchy;

/// <summary>
/// Fills <c>place_ancestors</c> (and from it <c>event_ancestors</c>) from the gazetteer: on import for new places and
/// events (<see cref="AncestorWriter"/>) and on start for every place already stored (<see cref="Rebuild"/>), so a changed
/// gazetteer takes effect on the next start.
/// </summary>
public static class PlaceAncestry
{
    /// <summary>
    /// What a stored place lies within, itself first: its gazetteer ancestors, every polygon that contains its point,
    /// and the admin-1 region and country stored with the mention (which also covers places the gazetteer no longer has).
    /// </summary>
    public static IEnumerable<(string Id, PlaceKind Kind)> Of(Gazetteer gazetteer, string placeId, PlaceKind kind,
        string? admin1Id, string? countryCode, double latitude, double longitude)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { placeId };
        yield return (placeId, kind);
        var place = gazetteer.Find(placeId);
        var ids = (place?.AncestorIds ?? [])
            .Concat(gazetteer.Containing(latitude, longitude).Select(p => p.Id))
            .Append(admin1Id).Append(countryCode);
        foreach (var id in ids)
        {
            if (id is null || !seen.Add(id))
                continue;
            var ancestor = gazetteer.Find(id);
            if (ancestor is not null)
                yield return (id, ancestor.Kind);
            else if (id == admin1Id)
                yield return (id, PlaceKind.Admin1);
            else if (id == countryCode)
                yield return (id, PlaceKind.Country);
        }
    }

    /// <summary>
    /// Recomputes <c>place_ancestors</c> for every place in <c>event_places</c>, in one transaction; when that changes
    /// anything (a new gazetteer, rows from before the table existed), rebuilds <c>event_ancestors</c> and the summaries
    /// (<c>area_counts</c>, <c>date_counts</c>) from it too.
    /// Returns the number of places and whether the tables were rewritten.
    /// </summary>
    public static (int Places, bool Rewritten) Rebuild(DbConnection connection, Gazetteer gazetteer)
    {
        using var transaction = connection.BeginTransaction();
        var rows = new HashSet<(string Place, string Ancestor, PlaceKind Kind)>();
        var places = 0;
        ReadAll(connection, transaction,
            "SELECT PlaceId, MIN(Kind), MIN(Admin1Id), MIN(CountryCode), MIN(Latitude), MIN(Longitude) FROM event_places GROUP BY PlaceId",
            reader =>
            {
                places++;
                var id = reader.GetString(0);
                foreach (var (ancestor, kind) in Of(gazetteer, id, Enum.Parse<PlaceKind>(reader.GetString(1)),
                    reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetDouble(4), reader.GetDouble(5)))
                    rows.Add((id, ancestor, kind));
            });
        var stored = new HashSet<(string Place, string Ancestor, PlaceKind Kind)>();
        ReadAll(connection, transaction, "SELECT PlaceId, AncestorId, AncestorKind FROM place_ancestors",
            reader => stored.Add((reader.GetString(0), reader.GetString(1), Enum.Parse<PlaceKind>(reader.GetString(2)))));
        var missingEvents = Scalar(connection, transaction,
            "SELECT EXISTS (SELECT 1 FROM event_places) AND NOT EXISTS (SELECT 1 FROM event_ancestors)") == 1;
        if (rows.SetEquals(stored) && !missingEvents)
            return (places, false);

        Execute(connection, transaction, "DELETE FROM place_ancestors");
        using (var insert = new AncestorWriter(connection, gazetteer))
        {
            foreach (var row in rows)
                insert.Insert(row.Place, row.Ancestor, row.Kind);
        }
        Execute(connection, transaction, "DELETE FROM event_ancestors");
        Execute(connection, transaction, "INSERT INTO event_ancestors (EventId, AncestorId, AncestorKind, DateStart) " +
            "SELECT DISTINCT p.EventId, a.AncestorId, a.AncestorKind, e.DateStart FROM event_places p " +
            "JOIN place_ancestors a ON a.PlaceId = p.PlaceId JOIN events e ON e.Id = p.EventId ORDER BY p.EventId, a.AncestorId");
        // The map's summary counts events per area: recount it from the new hierarchy.
        Execute(connection, transaction, "DELETE FROM area_counts; DELETE FROM date_counts;");
        Execute(connection, transaction, Summaries.SummaryTables.Backfill);
        transaction.Commit();
        return (places, true);
    }

    private static void ReadAll(DbConnection connection, DbTransaction transaction, string sql, Action<DbDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            row(reader);
    }

    private static long Scalar(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
