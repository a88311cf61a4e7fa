using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using Timeline.Core.Places;

namespace Timeline.Web.Api;

/// <summary>
/// Simplified polygons of gazetteer places for <c>/api/places.geojson</c>, computed once per place (the gazetteer is
/// read-only). Tolerance 0.01° (about 1 km): enough for a choropleth, a fraction of the size.
/// </summary>
public sealed class PlaceShapes(Gazetteer gazetteer)
{
    private const double Tolerance = 0.01;
    private readonly ConcurrentDictionary<string, Geometry?> _shapes = new(StringComparer.Ordinal);

    /// <summary>The simplified polygon of the place, or null for places without one.</summary>
    public Geometry? Of(string placeId) => _shapes.GetOrAdd(placeId, id =>
        gazetteer.Find(id)?.Geometry is { } geometry and (Polygon or MultiPolygon)
            ? TopologyPreservingSimplifier.Simplify(geometry, Tolerance)
            : null);
}
