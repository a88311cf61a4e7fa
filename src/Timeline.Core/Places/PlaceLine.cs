using System.Text.Json;

namespace Timeline.Core.Places;

/// <summary>
/// One line of <see cref="BundleFormat.PlacesFile"/>: a place without its geometry (geometries live in the
/// GeoJSON layers). Short member names keep the bundle small; absent members mean empty/zero/null.
/// </summary>
/// <remarks>
/// <c>{"id","name","kind","cc","lat","lon","pop","anc":[…],"a1","fc","src","alt":[…]}</c>.
/// </remarks>
internal static class PlaceLine
{
    /// <summary>Decimals kept for representative points (about 1 m).</summary>
    public const int PointDecimals = 5;

    public static void Write(Utf8JsonWriter w, Place place)
    {
        w.WriteStartObject();
        w.WriteString("id", place.Id);
        w.WriteString("name", place.Name);
        w.WriteString("kind", BundleFormat.KindName(place.Kind));
        if (place.CountryCode is not null)
            w.WriteString("cc", place.CountryCode);
        w.WriteNumber("lat", GeoJsonGeometry.Round(place.Latitude, PointDecimals));
        w.WriteNumber("lon", GeoJsonGeometry.Round(place.Longitude, PointDecimals));
        if (place.Population > 0)
            w.WriteNumber("pop", place.Population);
        WriteArray(w, "anc", place.AncestorIds);
        if (place.Admin1Id is not null)
            w.WriteString("a1", place.Admin1Id);
        if (place.FeatureCode is not null)
            w.WriteString("fc", place.FeatureCode);
        w.WriteString("src", place.Source);
        WriteArray(w, "alt", place.Aliases);
        w.WriteEndObject();
    }

    public static Place Read(JsonElement e)
    {
        var kindText = e.GetProperty("kind").GetString();
        if (!BundleFormat.TryParseKind(kindText, out var kind))
            throw new FormatException($"unknown kind '{kindText}'");
        return new Place(
            e.GetProperty("id").GetString()!,
            e.GetProperty("name").GetString()!,
            kind,
            e.TryGetProperty("cc", out var cc) ? cc.GetString() : null,
            ReadArray(e, "alt"),
            e.GetProperty("lat").GetDouble(),
            e.GetProperty("lon").GetDouble(),
            e.TryGetProperty("pop", out var pop) ? pop.GetInt64() : 0,
            ReadArray(e, "anc"),
            null,
            e.TryGetProperty("src", out var src) ? src.GetString() ?? "" : "")
        {
            Admin1Id = e.TryGetProperty("a1", out var a1) ? a1.GetString() : null,
            FeatureCode = e.TryGetProperty("fc", out var fc) ? fc.GetString() : null,
        };
    }

    private static void WriteArray(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
            return;
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static string[] ReadArray(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) ? [.. a.EnumerateArray().Select(x => x.GetString()!)] : [];
}
