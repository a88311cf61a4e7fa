using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Core.Places;
using Timeline.Data.Queries;

namespace Timeline.Web.Map;

/// <summary>What the map module needs once: where the bundled layers are, the optional tile layer, region names.</summary>
/// <param name="CountriesUrl">Base layer: country polygons (GeoJSON).</param>
/// <param name="RegionsUrl">Admin-1 polygons (GeoJSON); feature ids are place ids.</param>
/// <param name="AreasUrl">Named regions (curated: "northeast Syria", "Syrian Desert"), GeoJSON; only the mentioned ones are drawn.</param>
/// <param name="TileUrl">Optional XYZ tiles; null keeps the map offline.</param>
/// <param name="TileAttribution">Attribution of the tiles.</param>
public sealed record MapSetup(string CountriesUrl, string RegionsUrl, string AreasUrl, string? TileUrl, string? TileAttribution);

/// <summary>One region's count for the choropleth.</summary>
public sealed record MapRegion(string Id, int Count);

/// <summary>A point place as a circle marker.</summary>
public sealed record MapPoint(string Id, string Name, double Lat, double Lon, int Count);

/// <summary>A place the map should point out (an event's place): drawn under its own id, else under its admin-1.</summary>
public sealed record MapFocus(string Id, string? Admin1Id, double Lat, double Lon);

/// <summary>
/// The map's count layers for one filter: admin-1 counts, point places with counts (most first), named regions that
/// events mention, and the largest region count (the colour scale). Immutable and shared by every circuit showing the
/// filter (<see cref="Dashboard.DashboardViews"/>); the map module fetches <see cref="Json"/> over HTTP.
/// </summary>
public sealed record MapCounts(IReadOnlyList<MapRegion> Regions, IReadOnlyList<MapPoint> Points, IReadOnlyList<MapRegion> Areas, int MaxCount)
{
    private byte[]? _json;

    /// <summary>The layers as the map module reads them (camelCase, as over JS interop); built once.</summary>
    [JsonIgnore]
    public byte[] Json => _json ??= JsonSerializer.SerializeToUtf8Bytes(this, MapInterop.ModuleJson);
}

/// <summary>What the map shows for the current filter: the (shared) count layers, the selection and the drill-down.</summary>
/// <param name="Counts">Count layers of the filter without its place.</param>
/// <param name="Selected">The selected place id, if any.</param>
public sealed record MapState([property: JsonIgnore] MapCounts Counts, string? Selected)
{
    /// <summary>
    /// Where the map module fetches <see cref="Counts"/> (so that the circuit does not send thousands of points on every
    /// filter change); null sends them inline as <c>counts</c>.
    /// </summary>
    public string? CountsUrl { get; init; }

    /// <summary>The counts, sent with the state only when there is no <see cref="CountsUrl"/>.</summary>
    [JsonPropertyName("counts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MapCounts? InlineCounts => CountsUrl is null ? Counts : null;

    /// <summary>Admin-1 counts.</summary>
    [JsonIgnore]
    public IReadOnlyList<MapRegion> Regions => Counts.Regions;

    /// <summary>Point places with counts, most first.</summary>
    [JsonIgnore]
    public IReadOnlyList<MapPoint> Points => Counts.Points;

    /// <summary>Named regions mentioned by events (directly), shaded over the admin-1 layer with their counts.</summary>
    [JsonIgnore]
    public IReadOnlyList<MapRegion> Areas => Counts.Areas;

    /// <summary>Largest region count, for the colour scale.</summary>
    [JsonIgnore]
    public int MaxCount => Counts.MaxCount;

    /// <summary>
    /// Drill-down: the districts (admin-2) of the selected admin-1 (or of the selected place's admin-1) that have events,
    /// drawn as polygons where <see cref="DistrictsUrl"/> has them, else as markers at the district's seat.
    /// </summary>
    public IReadOnlyList<MapPoint> Districts { get; init; } = [];

    /// <summary>GeoJSON of the imported district polygons of the drilled-down admin-1, or null when none were imported.</summary>
    public string? DistrictsUrl { get; init; }
}

/// <summary>Builds the map's payloads from query results; no JS here, so tests can call it.</summary>
public static class MapLayers
{
    /// <summary>The bundle's layers carry <c>id</c> = place id and <c>properties.name</c>, used as accessible names.</summary>
    public static MapSetup Setup(string dataPath, string? tileUrl, string? tileAttribution) =>
        new($"{dataPath}/countries.geojson", $"{dataPath}/admin1.geojson", $"{dataPath}/regions.geojson", tileUrl, tileAttribution);

    /// <summary>
    /// Admin-1 counts as the choropleth, point places as markers, named regions as shaded areas. An event that names an
    /// area (a governorate, a district, "northeast Syria") is never a pin: it counts in its area's shade.
    /// </summary>
    public static MapState State(IReadOnlyList<PlaceCount> regions, IReadOnlyList<PlaceCount> points, string? selected,
        IReadOnlyList<PlaceCount>? areas = null) =>
        new(Counts(regions, points, areas ?? []), selected);

    /// <summary>The count layers from admin-1, point and named-region counts.</summary>
    public static MapCounts Counts(IReadOnlyList<PlaceCount> regions, IReadOnlyList<PlaceCount> points, IReadOnlyList<PlaceCount> areas) =>
        new(regions.Select(Region).ToList(),
            points.Select(Point).ToList(),
            areas.Select(Region).ToList(),
            regions.Count == 0 ? 0 : regions.Max(r => r.Events));

    /// <summary>
    /// The admin-1 region to drill into for a selected place: the place itself when it is an admin-1, else the admin-1 it
    /// lies in (a district, a town); null for countries, multi-country regions and unknown ids.
    /// </summary>
    public static string? DrillDownRegion(Gazetteer gazetteer, string? selected) =>
        selected is null || gazetteer.Find(selected) is not { } place ? null
        : place.Kind == PlaceKind.Admin1 ? place.Id
        : place.Admin1Id;

    /// <summary>The districts of <paramref name="admin1Id"/> among the admin-2 counts.</summary>
    public static IReadOnlyList<MapPoint> Districts(Gazetteer gazetteer, IReadOnlyList<PlaceCount> admin2Counts, string admin1Id) =>
        admin2Counts
            .Where(c => gazetteer.Find(c.PlaceId) is { } p && Gazetteer.IsWithin(p, admin1Id))
            .Select(Point)
            .ToList();

    /// <summary>
    /// The places of events for the map to point out, each once, in order of first mention. Country and other places
    /// without their own layer fall back to their admin-1 in the map module.
    /// </summary>
    public static IReadOnlyList<MapFocus> Focus(IEnumerable<EventView> events) =>
        events.SelectMany(e => e.Places)
            .DistinctBy(p => p.PlaceId, StringComparer.Ordinal)
            .Select(p => new MapFocus(p.PlaceId, p.Admin1Id, p.Latitude, p.Longitude))
            .ToList();

    private static MapRegion Region(PlaceCount r) => new(r.PlaceId, r.Events);

    private static MapPoint Point(PlaceCount p) => new(p.PlaceId, p.Name, p.Latitude, p.Longitude, p.Events);
}
