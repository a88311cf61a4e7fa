using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Timeline.Core.Places;

/// <summary>The one geometry factory of the product: WGS 84 (SRID 4326), floating precision.</summary>
public static class GeoFactory
{
    public const int Srid = 4326;

    public static GeometryFactory Instance { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), Srid);

    public static Point Point(double longitude, double latitude) =>
        Instance.CreatePoint(new Coordinate(longitude, latitude));
}
