using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Timeline.Core.Places;

/// <summary>
/// Reads and writes GeoJSON geometry objects (RFC 7946) with the one <see cref="GeoFactory"/>.
/// Writing is byte-stable: coordinates are rounded to a fixed number of decimals and rings follow the
/// right-hand rule (exterior counter-clockwise, holes clockwise), whatever the orientation of the input.
/// </summary>
public static class GeoJsonGeometry
{
    /// <summary>
    /// Parses a GeoJSON geometry (Point, LineString, MultiLineString, Polygon, MultiPolygon; a GeometryCollection
    /// is not supported). Extra members such as a legacy <c>crs</c> are ignored; a third coordinate is dropped.
    /// </summary>
    /// <exception cref="FormatException">The element is not a supported, well-formed geometry.</exception>
    public static Geometry Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("type", out var typeElement))
            throw new FormatException("geometry is not an object with a 'type'");
        if (!element.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array)
            throw new FormatException("geometry has no 'coordinates' array");
        var f = GeoFactory.Instance;
        return typeElement.GetString() switch
        {
            "Point" => f.CreatePoint(Position(c)),
            "LineString" => f.CreateLineString(Positions(c, 2)),
            "MultiLineString" => f.CreateMultiLineString([.. c.EnumerateArray().Select(l => f.CreateLineString(Positions(l, 2)))]),
            "Polygon" => PolygonOf(c),
            "MultiPolygon" => f.CreateMultiPolygon([.. c.EnumerateArray().Select(PolygonOf)]),
            var other => throw new FormatException($"unsupported geometry type '{other}'"),
        };
    }

    /// <summary>Writes <paramref name="geometry"/> as a GeoJSON geometry object, coordinates rounded to <paramref name="decimals"/>.</summary>
    public static void Write(Utf8JsonWriter writer, Geometry geometry, int decimals)
    {
        writer.WriteStartObject();
        writer.WriteString("type", geometry.GeometryType);
        writer.WritePropertyName("coordinates");
        switch (geometry)
        {
            case Point p:
                WritePosition(writer, p.Coordinate, decimals);
                break;
            case LineString l:
                WritePositions(writer, l.Coordinates, decimals);
                break;
            case Polygon p:
                WritePolygon(writer, p, decimals);
                break;
            case MultiLineString ml:
                writer.WriteStartArray();
                foreach (var part in ml.Geometries)
                    WritePositions(writer, part.Coordinates, decimals);
                writer.WriteEndArray();
                break;
            case MultiPolygon mp:
                writer.WriteStartArray();
                foreach (var part in mp.Geometries)
                    WritePolygon(writer, (Polygon)part, decimals);
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"cannot write a {geometry.GeometryType} as a gazetteer geometry", nameof(geometry));
        }
        writer.WriteEndObject();
    }

    /// <summary>Rounds a coordinate value the way <see cref="Write"/> does, so callers can compare.</summary>
    public static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static Polygon PolygonOf(JsonElement rings)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
            throw new FormatException("polygon has no rings");
        var all = rings.EnumerateArray().Select(r => Ring(Positions(r, 4))).ToArray();
        return GeoFactory.Instance.CreatePolygon(all[0], all[1..]);
    }

    private static LinearRing Ring(Coordinate[] positions)
    {
        if (!positions[0].Equals2D(positions[^1]))
            throw new FormatException("polygon ring is not closed");
        return GeoFactory.Instance.CreateLinearRing(positions);
    }

    private static Coordinate[] Positions(JsonElement array, int minimum)
    {
        if (array.ValueKind != JsonValueKind.Array)
            throw new FormatException("expected an array of positions");
        var result = new Coordinate[array.GetArrayLength()];
        var i = 0;
        foreach (var position in array.EnumerateArray())
            result[i++] = Position(position);
        if (result.Length < minimum)
            throw new FormatException($"expected at least {minimum} positions, found {result.Length}");
        return result;
    }

    private static Coordinate Position(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
            || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
            throw new FormatException("a position is not [longitude, latitude]");
        var lon = position[0].GetDouble();
        var lat = position[1].GetDouble();
        if (lon is < -180 or > 180 || lat is < -90 or > 90)
            throw new FormatException($"position [{lon}, {lat}] is outside longitude/latitude range (projected coordinates?)");
        return new Coordinate(lon, lat);
    }

    private static void WritePolygon(Utf8JsonWriter writer, Polygon polygon, int decimals)
    {
        writer.WriteStartArray();
        WriteRing(writer, polygon.Shell, counterClockwise: true, decimals);
        foreach (var hole in polygon.Holes)
            WriteRing(writer, hole, counterClockwise: false, decimals);
        writer.WriteEndArray();
    }

    private static void WriteRing(Utf8JsonWriter writer, LinearRing ring, bool counterClockwise, int decimals)
    {
        var coordinates = ring.Coordinates;
        if (coordinates.Length >= 4 && Orientation.IsCCW(coordinates) != counterClockwise)
            coordinates = [.. coordinates.Reverse()];
        WritePositions(writer, coordinates, decimals);
    }

    private static void WritePositions(Utf8JsonWriter writer, Coordinate[] coordinates, int decimals)
    {
        // Rounding makes neighbours coincide; dropping the repeats saves bytes, unless a ring would collapse.
        var kept = new List<Coordinate>(coordinates.Length);
        foreach (var c in coordinates)
        {
            var rounded = new Coordinate(Round(c.X, decimals), Round(c.Y, decimals));
            if (kept.Count == 0 || !kept[^1].Equals2D(rounded))
                kept.Add(rounded);
        }
        var closed = coordinates.Length > 1 && coordinates[0].Equals2D(coordinates[^1]);
        if (closed && kept.Count < 4 || !closed && kept.Count < 2)
            kept = [.. coordinates.Select(c => new Coordinate(Round(c.X, decimals), Round(c.Y, decimals)))];

        writer.WriteStartArray();
        foreach (var c in kept)
            WritePosition(writer, c, decimals);
        writer.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter writer, Coordinate c, int decimals)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(Round(c.X, decimals));
        writer.WriteNumberValue(Round(c.Y, decimals));
        writer.WriteEndArray();
    }
}
