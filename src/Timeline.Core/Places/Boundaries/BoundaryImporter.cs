using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Timeline.Core.Places.Boundaries;

/// <summary>Optional overrides for <see cref="BoundaryImporter"/>; null means detect (see <see cref="BoundaryFields"/>).</summary>
public sealed record BoundaryImportOptions(int? Level = null, string? NameField = null, string? CodeField = null, string? ParentField = null);

/// <summary>One feature's outcome: the name in the file and the place it now gives a polygon to (null when unmatched).</summary>
public sealed record BoundaryMatch(int FeatureIndex, string Name, string? PlaceId, string How);

/// <summary>What an import did; <see cref="StoredFile"/> is applied by <see cref="GazetteerLoader"/> on every later load.</summary>
public sealed record BoundaryImportResult(
    string StoredFile, BoundaryFields Fields, IReadOnlyList<BoundaryMatch> Matched, IReadOnlyList<BoundaryMatch> Created, IReadOnlyList<BoundaryMatch> Unmatched);

/// <summary>
/// Imports admin polygons from a GeoJSON FeatureCollection (OCHA COD-AB, geoBoundaries) and attaches each to the
/// gazetteer place it denotes: same country (by location), same parent admin-1 for admin-2, same folded name
/// (<see cref="NameFolding"/>), else the single candidate whose point lies inside the polygon. Admin-2 features
/// without a match become new places <c>adm2:&lt;admin1&gt;:&lt;folded-name&gt;</c>. Input quirks handled: any ring
/// orientation, a legacy <c>crs</c> member, MultiPolygons, holes, long decimals, self-intersections (repaired).
/// Polygons are simplified (<see cref="Tolerance"/>) before they are stored.
/// </summary>
public static class BoundaryImporter
{
    /// <summary>Simplification tolerance in degrees (~100 m).</summary>
    public const double Tolerance = 0.001;

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a FeatureCollection of polygons; the message names the file and feature.</exception>
    public static BoundaryImportResult Import(Gazetteer gazetteer, string file, string dataDir, BoundaryImportOptions? options = null)
    {
        var features = ReadFeatures(file);
        if (features.Count == 0)
            throw new InvalidDataException($"{file}: the FeatureCollection has no features");
        BoundaryFields fields;
        try
        {
            fields = BoundaryFields.Detect(features[0].Properties, options ?? new BoundaryImportOptions());
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{file}: {e.Message}", e);
        }
        if (fields.Level is < 1 or > 2)
            throw new InvalidDataException($"{file}: level {fields.Level} is not supported; only admin-1 and admin-2 (--level 1|2)");

        var matcher = new BoundaryMatcher(gazetteer, fields.Level, [.. features.Select(f => f.Geometry)]);
        var matched = new List<BoundaryMatch>();
        var created = new List<BoundaryMatch>();
        var unmatched = new List<BoundaryMatch>();
        var stored = new Dictionary<string, Place>(StringComparer.Ordinal);
        var createdIds = new HashSet<string>(StringComparer.Ordinal);
        var source = "boundary:" + Path.GetFileName(file);
        foreach (var f in features)
        {
            var name = BoundaryFields.Value(f.Properties, fields.NameField)?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                unmatched.Add(new BoundaryMatch(f.Index, $"(feature {f.Index} has no {fields.NameField})", null, "no name"));
                continue;
            }
            var parentName = BoundaryFields.Value(f.Properties, fields.ParentField);
            var (place, how) = matcher.Match(name, parentName, f.Geometry);
            if (place is not null && !stored.ContainsKey(place.Id))
            {
                stored[place.Id] = place with { Geometry = f.Geometry };
                matched.Add(new BoundaryMatch(f.Index, name, place.Id, how));
            }
            else if (place is null && fields.Level == 2 && matcher.NewAdmin2(name, parentName, f.Geometry, source) is { } fresh && !stored.ContainsKey(fresh.Id))
            {
                stored[fresh.Id] = fresh;
                createdIds.Add(fresh.Id);
                created.Add(new BoundaryMatch(f.Index, name, fresh.Id, "created"));
            }
            else
            {
                unmatched.Add(new BoundaryMatch(f.Index, name, null, place is null ? how : $"{place.Id} already has a feature of this file"));
            }
        }

        var storedFile = BoundaryStore.Save(Path.Combine(dataDir, BundleFormat.BoundariesFolder),
            StoredName(file), stored.Values, createdIds);
        return new BoundaryImportResult(storedFile, fields, matched, created, unmatched);
    }

    private sealed record Feature(int Index, JsonElement Properties, Geometry Geometry);

    private static List<Feature> ReadFeatures(string file)
    {
        if (!File.Exists(file))
            throw new FileNotFoundException($"boundary file '{file}' not found", file);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}: not valid JSON ({e.Message})", e);
        }
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection"
            || !root.TryGetProperty("features", out var array) || array.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{file}: not a GeoJSON FeatureCollection");

        // The document stays alive for the properties; it is small next to the geometries and freed with the result.
        var result = new List<Feature>();
        var index = 0;
        foreach (var feature in array.EnumerateArray())
        {
            try
            {
                if (!feature.TryGetProperty("geometry", out var g) || g.ValueKind != JsonValueKind.Object)
                    throw new FormatException("has no geometry");
                var geometry = GeoJsonGeometry.Read(g);
                if (geometry is not (Polygon or MultiPolygon))
                    throw new FormatException($"geometry is a {geometry.GeometryType}, not a Polygon or MultiPolygon");
                if (!geometry.IsValid)
                    geometry = geometry.Buffer(0);
                var properties = feature.TryGetProperty("properties", out var p) ? p : default;
                result.Add(new Feature(index, properties, TopologyPreservingSimplifier.Simplify(geometry, Tolerance)));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                throw new InvalidDataException($"{file}, feature {index}: {e.Message}", e);
            }
            index++;
        }
        return result;
    }

    private static string StoredName(string file)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        var safe = new string([.. stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return (safe.Length > 0 ? safe : "boundaries") + ".geojson";
    }
}
