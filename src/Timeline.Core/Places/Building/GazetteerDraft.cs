using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Timeline.Core.Places.Building;

/// <summary>
/// The gazetteer while it is being built: places by id, the full-resolution geometry of every area (for NTS
/// operations) and the simplified geometry that goes into the bundle (for point-in-polygon ancestry).
/// </summary>
internal sealed class GazetteerDraft
{
    private readonly STRtree<(string Id, IPreparedGeometry Shape)> _countries = new();
    private readonly STRtree<(string Id, IPreparedGeometry Shape)> _admin1 = new();
    private bool _indexed;

    public Dictionary<string, Place> Places { get; } = new(StringComparer.Ordinal);

    /// <summary>Full-resolution geometry of areas and curated shapes, by place id.</summary>
    public Dictionary<string, Geometry> RawGeometry { get; } = new(StringComparer.Ordinal);

    public void Add(Place place, Geometry? raw = null)
    {
        if (!Places.TryAdd(place.Id, place))
            throw new InvalidDataException($"duplicate place id '{place.Id}' ({place.Source})");
        if (raw is not null)
            RawGeometry[place.Id] = raw;
    }

    /// <summary>Country and admin-1 that contain the point, by their simplified polygons; call after all areas are added.</summary>
    public (string? Country, string? Admin1) Locate(double longitude, double latitude, string? countryHint = null)
    {
        if (!_indexed)
            BuildIndex();
        var point = GeoFactory.Point(longitude, latitude);
        var country = countryHint ?? First(_countries, point, null);
        var admin1 = First(_admin1, point, country is null ? null : country + "-");
        return (country, admin1);
    }

    /// <summary>Ancestors from the country down: [country, admin-1], skipping what is unknown.</summary>
    public static List<string> Chain(params string?[] ids) => [.. ids.Where(id => id is not null).Select(id => id!)];

    private static string? First(STRtree<(string Id, IPreparedGeometry Shape)> tree, Point point, string? prefix) =>
        tree.Query(point.EnvelopeInternal)
            .Where(a => (prefix is null || a.Id.StartsWith(prefix, StringComparison.Ordinal)) && a.Shape.Covers(point))
            .Select(a => a.Id)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();

    private void BuildIndex()
    {
        foreach (var place in Places.Values.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var tree = place.Kind switch { PlaceKind.Country => _countries, PlaceKind.Admin1 => _admin1, _ => null };
            if (tree is not null && place.Geometry is not null)
                tree.Insert(place.Geometry.EnvelopeInternal, (place.Id, PreparedGeometryFactory.Prepare(place.Geometry)));
        }
        _countries.Build();
        _admin1.Build();
        _indexed = true;
    }
}
