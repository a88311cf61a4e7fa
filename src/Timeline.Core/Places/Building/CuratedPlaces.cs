using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Timeline.Core.Places.Building;

/// <summary>
/// Reads the curated places file (<c>GazetteerSources/curated/places.json</c>): a JSON array of reviewed facts the
/// sources lack. Each entry: <c>id</c> (slug), <c>name</c>, <c>kind</c>, optional <c>aliases</c>, a <c>source</c> note,
/// and either a point (<c>lat</c>, <c>lon</c>) or a <c>geometry</c> expression computed from other places
/// (see <see cref="RegionGeometry"/>). Optional <c>parent</c> (a place id) fixes the ancestors; optional
/// <c>countries</c> (two or more codes) marks a multi-country feature (no country, no ancestors); otherwise a
/// region/border takes its <c>country</c> member and a point its country and admin-1 by point-in-polygon.
/// </summary>
internal static class CuratedPlaces
{
    /// <summary>Simplification tolerance for computed shapes, in degrees (~500 m).</summary>
    public const double Tolerance = 0.005;

    public static void Add(GazetteerDraft draft, string path)
    {
        using var doc = Parse(path);
        var index = 0;
        foreach (var entry in doc.RootElement.EnumerateArray())
        {
            var id = entry.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
            try
            {
                var (place, raw) = ReadEntry(draft, entry, id);
                draft.Add(place, raw);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException or InvalidDataException)
            {
                throw new InvalidDataException($"{path}, entry {index} ('{id}'): {e.Message}", e);
            }
            index++;
        }
    }

    private static (Place Place, Geometry? Raw) ReadEntry(GazetteerDraft draft, JsonElement e, string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
            throw new FormatException("missing 'id'");
        var name = Required(e, "name");
        var kindText = Required(e, "kind");
        if (!BundleFormat.TryParseKind(kindText, out var kind))
            throw new FormatException($"unknown kind '{kindText}'");
        Required(e, "source");
        var aliases = e.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];

        Geometry? raw = e.TryGetProperty("geometry", out var expression) ? RegionGeometry.Evaluate(draft, expression) : null;
        Geometry? simplified = raw is null ? null : NetTopologySuite.Simplify.TopologyPreservingSimplifier.Simplify(raw, Tolerance);
        if (simplified is { IsEmpty: true })
            throw new FormatException("the computed geometry is empty");
        double lat, lon;
        if (e.TryGetProperty("lat", out var latElement) && e.TryGetProperty("lon", out var lonElement))
            (lat, lon) = (latElement.GetDouble(), lonElement.GetDouble());
        else if (simplified is not null)
            (lon, lat) = (simplified.InteriorPoint.X, simplified.InteriorPoint.Y);
        else
            throw new FormatException("needs 'lat' and 'lon' or a 'geometry'");

        string? country;
        string? admin1;
        List<string> ancestors;
        if (e.TryGetProperty("parent", out var parentElement))
        {
            var parent = draft.Places.GetValueOrDefault(parentElement.GetString()!)
                ?? throw new FormatException($"parent '{parentElement.GetString()}' is not a place");
            (country, admin1, ancestors) = (parent.CountryCode, parent.Kind == PlaceKind.Admin1 ? parent.Id : parent.Admin1Id, [.. parent.AncestorIds, parent.Id]);
        }
        else if (e.TryGetProperty("countries", out _))
        {
            (country, admin1, ancestors) = (null, null, []);
        }
        else if (raw is not null)
        {
            country = e.TryGetProperty("country", out var c) ? c.GetString() : null;
            (admin1, ancestors) = (null, GazetteerDraft.Chain(country));
        }
        else
        {
            (country, admin1) = draft.Locate(lon, lat);
            ancestors = GazetteerDraft.Chain(country, admin1);
        }
        return (new Place(id, name, kind, country, aliases, lat, lon, 0, ancestors, simplified, "curated") { Admin1Id = admin1 }, raw);
    }

    private static string Required(JsonElement e, string member) =>
        e.TryGetProperty(member, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!
            : throw new FormatException($"missing '{member}'");

    internal static JsonDocument Parse(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"curated file '{path}' not found", path);
        try
        {
            var doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                throw new InvalidDataException($"{path}: expected a JSON array");
            return doc;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({e.Message})", e);
        }
    }
}
