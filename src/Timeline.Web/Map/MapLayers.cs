using Timeline.Data.Queries;

namespace Timeline.Web.Map;

/// <summary>What the map module needs once: where the bundled layers are, the optional tile layer, region names.</summary>
/// <param name="CountriesUrl">Base layer: country polygons (GeoJSON).</param>
/// <param name="RegionsUrl">Admin-1 polygons (GeoJSON); feature ids are place ids.</param>
/// <param name="TileUrl">Optional XYZ tiles; null keeps the map offline.</param>
/// <param name="TileAttribution">Attribution of the tiles.</param>
public sealed record MapSetup(string CountriesUrl, string RegionsUrl, string? TileUrl, string? TileAttribution);

/// <summary>One region's count for the choropleth.</summary>
public sealed record MapRegion(string Id, int Count);

/// <summary>A point place as a circle marker.</summary>
public sealed record MapPoint(string Id, string Name, double Lat, double Lon, int Count);

/// <summary>What the map shows for the current filter.</summary>
/// <param name="Regions">Admin-1 counts.</param>
/// <param name="Points">Point places with counts.</param>
/// <param name="Selected">The selected place id, if any.</param>
/// <param name="MaxCount">Largest region count, for the colour scale.</param>
public sealed record MapState(IReadOnlyList<MapRegion> Regions, IReadOnlyList<MapPoint> Points, string? Selected, int MaxCount);

/// <summary>Builds the map's payloads from query results; no JS here, so tests can call it.</summary>
public static class MapLayers
{
    /// <summary>The bundle's layers carry <c>id</c> = place id and <c>properties.name</c>, used as accessible names.</summary>
    public static MapSetup Setup(string dataPath, string? tileUrl, string? tileAttribution) =>
        new($"{dataPath}/countries.geojson", $"{dataPath}/admin1.geojson", tileUrl, tileAttribution);

    public static MapState State(IReadOnlyList<PlaceCount> regions, IReadOnlyList<PlaceCount> points, string? selected) =>
        new(regions.Select(r => new MapRegion(r.PlaceId, r.Events)).ToList(),
            points.Select(p => new MapPoint(p.PlaceId, p.Name, p.Latitude, p.Longitude, p.Events)).ToList(),
            selected,
            regions.Count == 0 ? 0 : regions.Max(r => r.Events));
}
