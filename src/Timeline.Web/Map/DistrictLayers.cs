using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Core.Places;
using Timeline.Core.Places.Boundaries;

namespace Timeline.Web.Map;

/// <summary>
/// The district (admin-2) polygons of one admin-1 region as GeoJSON, for the map's drill-down: the polygons that
/// <c>timeline gazetteer add-boundaries</c> attached to the gazetteer (kept in the data folder; the bundle itself has
/// none). Built once per region from the read-only gazetteer and kept; served at
/// <c>/map/admin2/{admin1}.geojson</c>. Feature ids are place ids and <c>properties.name</c> the accessible name.
/// </summary>
public sealed class DistrictLayers(Gazetteer gazetteer)
{
    /// <summary>URL path of a region's layer.</summary>
    public static string Url(string admin1Id) => $"/map/admin2/{Uri.EscapeDataString(admin1Id)}.geojson";

    private readonly ConcurrentDictionary<string, byte[]?> _layers = new(StringComparer.Ordinal);

    /// <summary>The layer's URL when the region has imported district polygons, else null.</summary>
    public string? UrlFor(string admin1Id) => Layer(admin1Id) is null ? null : Url(admin1Id);

    /// <summary>The GeoJSON FeatureCollection of the region's districts with polygons, or null when it has none.</summary>
    public byte[]? Layer(string admin1Id) => _layers.GetOrAdd(admin1Id, Build);

    private byte[]? Build(string admin1Id)
    {
        var districts = gazetteer.Children(admin1Id)
            .Where(p => p.Kind == PlaceKind.Admin2 && p.Geometry is not null)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        if (districts.Count == 0)
            return null;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var district in districts)
                PlaceFeature.Write(w, district, BoundaryStore.Decimals);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }
}

/// <summary>Registration of the district layers and their endpoint.</summary>
public static class DistrictLayersRegistration
{
    public static IServiceCollection AddDistrictLayers(this IServiceCollection services) => services.AddSingleton<DistrictLayers>();

    public static WebApplication MapDistrictLayers(this WebApplication app)
    {
        app.MapGet("/map/admin2/{admin1}.geojson", (string admin1, DistrictLayers layers) =>
                layers.Layer(admin1) is { } layer
                    ? Results.Bytes(layer, "application/geo+json")
                    : Results.NotFound())
            .ExcludeFromDescription();
        return app;
    }
}
