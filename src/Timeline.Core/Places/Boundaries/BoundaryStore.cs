using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Timeline.Core.Places.Boundaries;

/// <summary>
/// The boundaries kept in <c>&lt;dataDir&gt;/boundaries/</c>: one GeoJSON FeatureCollection per imported file, whose
/// feature ids are place ids. Features of places the import created carry the whole place in their properties.
/// Files are applied in ordinal file-name order, so a later import of the same place wins.
/// </summary>
public static class BoundaryStore
{
    /// <summary>Decimals kept for imported boundary coordinates (about 11 m).</summary>
    public const int Decimals = 4;

    /// <summary>Attaches stored geometries to <paramref name="places"/> and adds the places imports created.</summary>
    /// <exception cref="InvalidDataException">A stored file is malformed; the message names the file and feature.</exception>
    public static void Apply(IDictionary<string, Place> places, string folder)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var path in Directory.GetFiles(folder, "*.geojson").Order(StringComparer.Ordinal))
        {
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(File.ReadAllBytes(path));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}: not valid JSON ({e.Message})", e);
            }
            using (doc)
            {
                var index = 0;
                foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
                {
                    try
                    {
                        ApplyFeature(places, feature);
                    }
                    catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException)
                    {
                        throw new InvalidDataException($"{path}, feature {index}: {e.Message}", e);
                    }
                    index++;
                }
            }
        }
    }

    /// <summary>Writes <paramref name="places"/> (each with a geometry) to <c>&lt;folder&gt;/&lt;fileName&gt;</c>, replacing it.</summary>
    /// <param name="created">Ids of places the import created (their whole record is stored, not only the geometry).</param>
    public static string Save(string folder, string fileName, IEnumerable<Place> places, IReadOnlySet<string> created)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var place in places.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", place.Id);
            w.WritePropertyName("properties");
            if (created.Contains(place.Id))
            {
                PlaceLine.Write(w, place);
            }
            else
            {
                w.WriteStartObject();
                w.WriteString("name", place.Name);
                w.WriteString("kind", BundleFormat.KindName(place.Kind));
                w.WriteEndObject();
            }
            w.WritePropertyName("geometry");
            GeoJsonGeometry.Write(w, place.Geometry!, Decimals);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        return path;
    }

    private static void ApplyFeature(IDictionary<string, Place> places, JsonElement feature)
    {
        var id = feature.GetProperty("id").GetString()!;
        Geometry geometry = GeoJsonGeometry.Read(feature.GetProperty("geometry"));
        var properties = feature.GetProperty("properties");
        if (places.TryGetValue(id, out var existing))
            places[id] = existing with { Geometry = geometry };
        else if (properties.TryGetProperty("id", out _))
            places[id] = PlaceLine.Read(properties) with { Geometry = geometry };
        // Else the bundle no longer has the place (rebuilt since the import): skip rather than fail start-up.
    }
}
