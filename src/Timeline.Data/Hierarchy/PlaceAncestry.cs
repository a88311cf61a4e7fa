using System.Data.Common;
using Timeline.Core.Places;

namespace Timeline.Data.Hierarchy;

/// <summary>
/// Fills <c>place_ancestors</c> from the gazetteer: on import for new places (<see cref="AncestorWriter"/>) and on
/// start for every place already stored (<see cref="Rebuild"/>), so a changed gazetteer takes effect on the next start.
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

    /// <summary>Recomputes the table for every place in <c>event_places</c>, in one transaction.</summary>
    public static int Rebuild(DbConnection connection, Gazetteer gazetteer)
    {
        using var transaction = connection.BeginTransaction();
        var places = new List<(string Id, PlaceKind Kind, string? Admin1, string? Country, double Lat, double Lon)>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT PlaceId, MIN(Kind), MIN(Admin1Id), MIN(CountryCode), MIN(Latitude), MIN(Longitude) FROM event_places GROUP BY PlaceId";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                places.Add((reader.GetString(0), Enum.Parse<PlaceKind>(reader.GetString(1)),
                    reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetDouble(4), reader.GetDouble(5)));
            }
        }
        using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM place_ancestors";
            clear.ExecuteNonQuery();
        }
        using (var writer = new AncestorWriter(connection, transaction, gazetteer))
        {
            foreach (var p in places)
                writer.Add(p.Id, p.Kind, p.Admin1, p.Country, p.Lat, p.Lon);
        }
        transaction.Commit();
        return places.Count;
    }
}
