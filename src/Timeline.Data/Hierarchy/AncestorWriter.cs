using System.Data.Common;
using Timeline.Core.Places;

namespace Timeline.Data.Hierarchy;

/// <summary>
/// Writes the <c>place_ancestors</c> rows of places and the <c>event_ancestors</c> rows of events with prepared statements
/// inside the caller's transaction; a place already written by this writer is skipped, rows already in the tables are
/// left as they are (<c>INSERT OR IGNORE</c>).
/// </summary>
public sealed class AncestorWriter : IDisposable
{
    private readonly DbCommand _insert;
    private readonly DbCommand _event;
    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, (string Id, PlaceKind Kind)[]> _ancestry = new(StringComparer.Ordinal);
    private readonly HashSet<string> _eventRows = new(StringComparer.Ordinal);

    public AncestorWriter(DbConnection connection, DbTransaction transaction, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _insert = PreparedCommands.Create(connection, transaction,
            "INSERT OR IGNORE INTO place_ancestors (PlaceId, AncestorId, AncestorKind) VALUES ($place, $ancestor, $kind)",
            "$place", "$ancestor", "$kind");
        _event = PreparedCommands.Create(connection, transaction,
            "INSERT INTO event_ancestors (EventId, AncestorId, AncestorKind, DateStart) VALUES ($event, $ancestor, $kind, $date)",
            "$event", "$ancestor", "$kind", "$date");
    }

    /// <summary>
    /// The event's rows: the union of its places' ancestries (add the places first with <see cref="Add"/>). Written
    /// from memory rather than by a join per event, which cost more than all the other rows of an import together.
    /// </summary>
    public void AddEvent(int eventId, DateOnly dateStart, IEnumerable<string> placeIds)
    {
        _eventRows.Clear();
        foreach (var placeId in placeIds)
        {
            foreach (var (id, kind) in _ancestry[placeId])
            {
                if (!_eventRows.Add(id))
                    continue;
                _event.Parameters[0].Value = eventId;
                _event.Parameters[1].Value = id;
                _event.Parameters[2].Value = kind.ToString();
                _event.Parameters[3].Value = dateStart;
                _event.ExecuteNonQuery();
            }
        }
    }

    /// <summary>One row as it is.</summary>
    public void Insert(string placeId, string ancestorId, PlaceKind kind)
    {
        _insert.Parameters[0].Value = placeId;
        _insert.Parameters[1].Value = ancestorId;
        _insert.Parameters[2].Value = kind.ToString();
        _insert.ExecuteNonQuery();
    }

    public void Add(string placeId, PlaceKind kind, string? admin1Id, string? countryCode, double latitude, double longitude)
    {
        if (_ancestry.ContainsKey(placeId))
            return;
        var ancestry = PlaceAncestry.Of(_gazetteer, placeId, kind, admin1Id, countryCode, latitude, longitude).ToArray();
        _ancestry[placeId] = ancestry;
        foreach (var (id, ancestorKind) in ancestry)
            Insert(placeId, id, ancestorKind);
    }

    public void Dispose()
    {
        _insert.Dispose();
        _event.Dispose();
    }
}
