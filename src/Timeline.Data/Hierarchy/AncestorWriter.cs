using System.Data.Common;
using Timeline.Core.Places;

namespace Timeline.Data.Hierarchy;

/// <summary>
/// Writes the <c>place_ancestors</c> rows of places and the <c>event_ancestors</c> rows of events with prepared statements
/// inside the caller's transaction; rows already in the tables are left as they are (<c>INSERT OR IGNORE</c>). A place
/// whose rows this writer or a committed earlier one (<see cref="AncestryCache"/>) wrote is skipped.
/// </summary>
public sealed class AncestorWriter : IDisposable
{
    private readonly PreparedStatement _insert;
    private readonly RowBuffer _event;
    private readonly AncestryCache _cache;
    private readonly List<string> _written = [];
    private readonly List<(string Id, PlaceKind Kind)> _eventRows = [];
    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);

    /// <param name="cache">Shared by the writers of one import, so ancestries are computed once per place, not once per batch.</param>
    public AncestorWriter(DbConnection connection, Gazetteer gazetteer, AncestryCache? cache = null)
    {
        _cache = cache ?? new AncestryCache(gazetteer);
        _insert = new PreparedStatement(connection,
            "INSERT OR IGNORE INTO place_ancestors (PlaceId, AncestorId, AncestorKind) VALUES ($place, $ancestor, $kind)");
        _event = new RowBuffer(connection, "INSERT INTO event_ancestors (EventId, AncestorId, AncestorKind, DateStart)", 4);
    }

    /// <summary>
    /// The event's rows (buffered: call <see cref="Flush"/> before the commit): the union of its places' ancestries (add
    /// the places first with <see cref="Add"/>), returned in
    /// the order written (valid until the next call). Written from memory rather than by a join per event, which cost
    /// more than all the other rows of an import together.
    /// </summary>
    public IReadOnlyList<(string Id, PlaceKind Kind)> AddEvent(int eventId, DateOnly dateStart, IEnumerable<string> placeIds)
    {
        _eventRows.Clear();
        _eventIds.Clear();
        foreach (var placeId in placeIds)
        {
            foreach (var (id, kind) in _cache.Of(placeId))
            {
                if (_eventIds.Add(id))
                    _eventRows.Add((id, kind));
            }
        }
        // In key order: the table is clustered on (EventId, AncestorId).
        _eventRows.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        foreach (var (id, kind) in _eventRows)
            _event.Add(eventId, id, kind.ToString(), dateStart);
        return _eventRows;
    }

    /// <summary>One row as it is.</summary>
    public void Insert(string placeId, string ancestorId, PlaceKind kind) =>
        _insert.Run(placeId, ancestorId, kind.ToString());

    public void Add(string placeId, PlaceKind kind, string? admin1Id, string? countryCode, double latitude, double longitude)
    {
        if (!_cache.Compute(placeId, kind, admin1Id, countryCode, latitude, longitude, out var ancestry))
            return;
        _written.Add(placeId);
        foreach (var (id, ancestorKind) in ancestry)
            Insert(placeId, id, ancestorKind);
    }

    /// <summary>Writes the event rows still buffered; call before the commit.</summary>
    public void Flush() => _event.Flush();

    /// <summary>Call after the transaction committed: the places written are stored, later writers skip them.</summary>
    public void Committed() => _cache.MarkStored(_written);

    public void Dispose()
    {
        _insert.Dispose();
        _event.Dispose();
    }
}

/// <summary>
/// Place ancestries computed from the gazetteer, and which places have their <c>place_ancestors</c> rows committed. Used
/// by one import at a time (not thread-safe); after a failed transaction it is dropped with the import.
/// </summary>
public sealed class AncestryCache(Gazetteer gazetteer)
{
    private readonly Dictionary<string, (string Id, PlaceKind Kind)[]> _ancestry = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stored = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    /// <summary>The ancestry of a place computed earlier.</summary>
    public (string Id, PlaceKind Kind)[] Of(string placeId) => _ancestry[placeId];

    /// <summary>Computes the ancestry once; true when its rows still have to be written in the current transaction.</summary>
    internal bool Compute(string placeId, PlaceKind kind, string? admin1Id, string? countryCode, double latitude, double longitude,
        out (string Id, PlaceKind Kind)[] ancestry)
    {
        if (!_ancestry.TryGetValue(placeId, out ancestry!))
        {
            ancestry = PlaceAncestry.Of(gazetteer, placeId, kind, admin1Id, countryCode, latitude, longitude).ToArray();
            _ancestry[placeId] = ancestry;
        }
        return !_stored.Contains(placeId) && _pending.Add(placeId);
    }

    internal void MarkStored(IEnumerable<string> placeIds)
    {
        _stored.UnionWith(placeIds);
        _pending.Clear();
    }
}
