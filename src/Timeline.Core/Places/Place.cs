using NetTopologySuite.Geometries;

namespace Timeline.Core.Places;

/// <summary>
/// One gazetteer entry. Ids are stable and readable: ISO 3166-1 alpha-2 for countries (<c>SY</c>),
/// ISO 3166-2 for admin-1 (<c>SY-HA</c>), <c>gn:&lt;geonameid&gt;</c> for GeoNames features, a slug for curated ones.
/// </summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Preferred English name.</param>
/// <param name="Kind">Feature kind.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 of the country the place lies in; null for multi-country regions.</param>
/// <param name="Aliases">Other names (alternate spellings, transliterations, other languages), not folded.</param>
/// <param name="Latitude">Representative point latitude (WGS 84).</param>
/// <param name="Longitude">Representative point longitude (WGS 84).</param>
/// <param name="Population">Population where known, else 0.</param>
/// <param name="AncestorIds">Ancestors from the country down to the direct parent, e.g. <c>["IQ", "IQ-NI", "gn:…"]</c>.</param>
/// <param name="Geometry">Polygon, MultiPolygon or LineString in SRID 4326, or null for point places.</param>
/// <param name="Source">Where this entry comes from, e.g. <c>naturalearth-admin1</c>, <c>geonames-cities500</c>, <c>curated</c>.</param>
public sealed record Place(
    string Id,
    string Name,
    PlaceKind Kind,
    string? CountryCode,
    IReadOnlyList<string> Aliases,
    double Latitude,
    double Longitude,
    long Population,
    IReadOnlyList<string> AncestorIds,
    Geometry? Geometry,
    string Source)
{
    /// <summary>The id of the admin-1 ancestor (or the place itself when it is admin-1), if any.</summary>
    public string? Admin1Id { get; init; }

    /// <summary>GeoNames feature code (PPLA, PPLC, …) where the place comes from GeoNames; used for ranking.</summary>
    public string? FeatureCode { get; init; }

    /// <summary>True when the place has a polygon or line, not only a point.</summary>
    public bool HasGeometry => Geometry is not null;
}
