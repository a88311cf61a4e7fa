using System.Text.Json;
using NetTopologySuite.Geometries;
using Timeline.Core.Places.Boundaries;

namespace Timeline.Core.Places;

/// <summary>
/// Loads the bundled gazetteer (<c>wwwroot-data/</c>, written by <c>timeline gazetteer build</c>) and the boundaries
/// imported into a data folder. Load once and share the result: the <see cref="Gazetteer"/> is read-only and thread-safe.
/// </summary>
public static class GazetteerLoader
{
    /// <summary>The bundle copied beside the application: <c>&lt;app base&gt;/wwwroot-data</c>.</summary>
    public static string DefaultBundleDirectory => Path.Combine(AppContext.BaseDirectory, "wwwroot-data");

    /// <summary>
    /// Reads the bundle in <paramref name="bundleDir"/>; when <paramref name="dataDir"/> is given, then applies the
    /// boundaries in <c>&lt;dataDir&gt;/boundaries/</c> (a missing folder is fine: nothing imported yet).
    /// </summary>
    /// <exception cref="FileNotFoundException">A bundle file is missing.</exception>
    /// <exception cref="InvalidDataException">A bundle or boundary file is malformed; the message names file and line or feature.</exception>
    public static Gazetteer Load(string bundleDir, string? dataDir = null)
    {
        // The files are independent; parsing them in parallel roughly halves a cold load on two cores.
        var geometries = BundleFormat.GeometryFiles
            .Select(file => Task.Run(() => ReadGeometries(Path.Combine(bundleDir, file))))
            .ToArray();
        var places = ReadPlaces(Path.Combine(bundleDir, BundleFormat.PlacesFile));
        var names = ReadNames(Path.Combine(bundleDir, BundleFormat.NamesFile));
        foreach (var (file, task) in BundleFormat.GeometryFiles.Zip(geometries))
            Attach(places, task.GetAwaiter().GetResult(), Path.Combine(bundleDir, file));
        if (dataDir is not null)
            BoundaryStore.Apply(places, Path.Combine(dataDir, BundleFormat.BoundariesFolder));
        return new Gazetteer(places.Values, names);
    }

    private static Dictionary<string, Place> ReadPlaces(string path)
    {
        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var place = PlaceLine.Read(doc.RootElement);
                if (!places.TryAdd(place.Id, place))
                    throw new FormatException($"duplicate place id '{place.Id}'");
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}, line {lineNumber}: {e.Message}", e);
            }
        }
        return places;
    }

    private static List<PlaceName> ReadNames(string path)
    {
        var names = new List<PlaceName>();
        var lineNumber = 0;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var e = doc.RootElement;
                var kind = Enum.Parse<NameKind>(e.GetProperty("kind").GetString()!, ignoreCase: true);
                names.Add(new PlaceName(e.GetProperty("name").GetString()!, e.GetProperty("place").GetString()!, kind));
            }
            catch (Exception e) when (e is JsonException or ArgumentException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}, line {lineNumber}: {e.Message}", e);
            }
        }
        return names;
    }

    private static void Attach(Dictionary<string, Place> places, List<(string Id, Geometry Geometry)> geometries, string path)
    {
        for (var index = 0; index < geometries.Count; index++)
        {
            var (id, geometry) = geometries[index];
            if (!places.TryGetValue(id, out var place))
                throw new InvalidDataException($"{path}, feature {index}: feature id '{id}' is not a place in {BundleFormat.PlacesFile}");
            places[id] = place with { Geometry = geometry };
        }
    }

    private static List<(string Id, Geometry Geometry)> ReadGeometries(string path)
    {
        using var doc = ParseFile(path);
        var result = new List<(string, Geometry)>();
        var index = 0;
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            try
            {
                result.Add((feature.GetProperty("id").GetString()!, GeoJsonGeometry.Read(feature.GetProperty("geometry"))));
            }
            catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                throw new InvalidDataException($"{path}, feature {index}: {e.Message}", e);
            }
            index++;
        }
        return result;
    }

    private static JsonDocument ParseFile(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"gazetteer bundle file '{path}' not found; run 'timeline gazetteer build'", path);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({e.Message})", e);
        }
    }

    private static IEnumerable<string> ReadLines(string path) =>
        File.Exists(path)
            ? File.ReadLines(path)
            : throw new FileNotFoundException($"gazetteer bundle file '{path}' not found; run 'timeline gazetteer build'", path);
}
