using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Linemerge;
using NetTopologySuite.Operation.Union;

namespace Timeline.Core.Places.Building;

/// <summary>
/// Evaluates the geometry expressions of the curated places file with NTS, on full-resolution source geometry,
/// so that named regions are computed from real features rather than drawn by hand. One operation per object:
/// <list type="bullet">
/// <item><c>{"place":"SY-HA"}</c> — the area of an earlier place (country, admin-1 or curated shape).</item>
/// <item><c>{"point":"gn:99072"}</c> — the representative point of a place.</item>
/// <item><c>{"union":[…]}</c>, <c>{"intersection":[…]}</c>, <c>{"difference":[first, minus…]}</c>.</item>
/// <item><c>{"buffer":expr,"km":30}</c> — buffer by kilometres (converted at 111.32 km per degree, so it is
/// an ellipse stretched east–west away from the equator; good enough for named regions).</item>
/// <item><c>{"halfplane":["gn:A","gn:B"],"side":"left"|"right"}</c> — the side of the line through two places' points,
/// looking from A to B.</item>
/// <item><c>{"box":[minLon,minLat,maxLon,maxLat]}</c> — a clip rectangle (a documented constant).</item>
/// <item><c>{"border":["IQ","SY"]}</c> — the shared boundary of two areas, as lines.</item>
/// </list>
/// </summary>
internal static class RegionGeometry
{
    private const double KmPerDegree = 111.32;

    /// <summary>Distance in degrees within which two source boundaries count as shared (~1 km; the sources are independent).</summary>
    private const double BorderSnap = 0.01;

    public static Geometry Evaluate(GazetteerDraft draft, JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
            throw new FormatException("a geometry expression must be an object");
        var f = GeoFactory.Instance;
        if (e.TryGetProperty("place", out var place))
            return draft.RawGeometry.GetValueOrDefault(Id(draft, place))
                ?? throw new FormatException($"place '{place.GetString()}' has no area");
        if (e.TryGetProperty("point", out var point))
        {
            var p = draft.Places[Id(draft, point)];
            return GeoFactory.Point(p.Longitude, p.Latitude);
        }
        if (e.TryGetProperty("union", out var union))
            return Clean(UnaryUnionOp.Union(Operands(draft, union)));
        if (e.TryGetProperty("intersection", out var intersection))
            return Clean(Operands(draft, intersection).Aggregate((a, b) => a.Intersection(b)));
        if (e.TryGetProperty("difference", out var difference))
            return Clean(Operands(draft, difference).Aggregate((a, b) => a.Difference(b)));
        if (e.TryGetProperty("buffer", out var buffered))
            return Evaluate(draft, buffered).Buffer(e.GetProperty("km").GetDouble() / KmPerDegree);
        if (e.TryGetProperty("box", out var box))
        {
            var b = box.EnumerateArray().Select(x => x.GetDouble()).ToArray();
            if (b.Length != 4)
                throw new FormatException("'box' needs [minLon, minLat, maxLon, maxLat]");
            return f.ToGeometry(new Envelope(b[0], b[2], b[1], b[3]));
        }
        if (e.TryGetProperty("halfplane", out var line))
            return HalfPlane(draft, line, e.TryGetProperty("side", out var side) ? side.GetString() : null);
        if (e.TryGetProperty("border", out var border))
            return Border(draft, border);
        throw new FormatException($"unknown geometry operation in {e.GetRawText()[..Math.Min(60, e.GetRawText().Length)]}");
    }

    private static Geometry[] Operands(GazetteerDraft draft, JsonElement array)
    {
        var operands = array.EnumerateArray().Select(x => Evaluate(draft, x)).ToArray();
        return operands.Length > 0 ? operands : throw new FormatException("an operation needs at least one operand");
    }

    private static string Id(GazetteerDraft draft, JsonElement id)
    {
        var text = id.GetString() ?? throw new FormatException("place id must be a string");
        return draft.Places.ContainsKey(text) ? text : throw new FormatException($"unknown place id '{text}'");
    }

    private static Geometry HalfPlane(GazetteerDraft draft, JsonElement line, string? side)
    {
        var ids = line.EnumerateArray().Select(x => draft.Places[Id(draft, x)]).ToArray();
        if (ids.Length != 2 || side is not ("left" or "right"))
            throw new FormatException("'halfplane' needs two place ids and \"side\": \"left\" or \"right\"");
        var (ax, ay, bx, by) = (ids[0].Longitude, ids[0].Latitude, ids[1].Longitude, ids[1].Latitude);
        var (dx, dy) = (bx - ax, by - ay);
        var length = Math.Sqrt(dx * dx + dy * dy);
        if (length == 0)
            throw new FormatException("'halfplane' places coincide");
        // A 400° square on one side of the line is the whole half-plane for any area on Earth.
        var (ux, uy) = (dx / length * 200, dy / length * 200);
        var (nx, ny) = side == "left" ? (-uy, ux) : (uy, -ux);
        var ring = new[]
        {
            new Coordinate(ax - ux, ay - uy), new Coordinate(ax + ux, ay + uy),
            new Coordinate(ax + ux + nx, ay + uy + ny), new Coordinate(ax - ux + nx, ay - uy + ny), new Coordinate(ax - ux, ay - uy),
        };
        return GeoFactory.Instance.CreatePolygon(ring).Normalized();
    }

    private static Geometry Border(GazetteerDraft draft, JsonElement pair)
    {
        var areas = pair.EnumerateArray()
            .Select(x => draft.RawGeometry.GetValueOrDefault(Id(draft, x)) ?? throw new FormatException($"place '{x.GetString()}' has no area"))
            .ToArray();
        if (areas.Length != 2)
            throw new FormatException("'border' needs two place ids");
        var shared = areas[0].Boundary.Intersection(areas[1].Buffer(BorderSnap));
        var merger = new LineMerger();
        merger.Add(shared);
        var lines = merger.GetMergedLineStrings().OfType<LineString>().Where(l => l.Length > BorderSnap).OrderBy(l => l.Coordinate.X).ThenBy(l => l.Coordinate.Y).ToArray();
        if (lines.Length == 0)
            throw new FormatException($"places {pair.GetRawText()} share no boundary");
        return lines.Length == 1 ? lines[0] : GeoFactory.Instance.CreateMultiLineString(lines);
    }

    /// <summary>Keeps the polygonal part of an overlay result (overlays can add slivers of lines or points).</summary>
    private static Geometry Clean(Geometry g)
    {
        if (g is Polygon or MultiPolygon or LineString or MultiLineString or Point)
            return g;
        var polygons = Enumerable.Range(0, g.NumGeometries).Select(g.GetGeometryN).OfType<Polygon>().ToArray();
        return polygons.Length == 1 ? polygons[0] : GeoFactory.Instance.CreateMultiPolygon(polygons);
    }
}
