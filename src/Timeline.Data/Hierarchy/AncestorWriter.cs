using System.Data.Common;
using Timeline.Core.Places;

namespace Timeline.Data.Hierarchy;

/// <summary>
/// Writes the <c>place_ancestors</c> rows of places with a prepared statement inside the caller's transaction; a place
/// already written by this writer is skipped, one already in the table is left as it is (<c>INSERT OR IGNORE</c>).
/// </summary>
public sealed class AncestorWriter : IDisposable
{
    private readonly DbCommand _insert;
    private readonly Gazetteer _gazetteer;
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);

    public AncestorWriter(DbConnection connection, DbTransaction transaction, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = "INSERT OR IGNORE INTO place_ancestors (PlaceId, AncestorId, AncestorKind) VALUES ($place, $ancestor, $kind)";
        foreach (var name in new[] { "$place", "$ancestor", "$kind" })
        {
            var parameter = _insert.CreateParameter();
            parameter.ParameterName = name;
            _insert.Parameters.Add(parameter);
        }
        _insert.Prepare();
    }

    public void Add(string placeId, PlaceKind kind, string? admin1Id, string? countryCode, double latitude, double longitude)
    {
        if (!_done.Add(placeId))
            return;
        foreach (var (id, ancestorKind) in PlaceAncestry.Of(_gazetteer, placeId, kind, admin1Id, countryCode, latitude, longitude))
        {
            _insert.Parameters[0].Value = placeId;
            _insert.Parameters[1].Value = id;
            _insert.Parameters[2].Value = ancestorKind.ToString();
            _insert.ExecuteNonQuery();
        }
    }

    public void Dispose() => _insert.Dispose();
}
