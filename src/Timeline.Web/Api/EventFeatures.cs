using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Timeline.Core.Places;
using Timeline.Data.Queries;

namespace Timeline.Web.Api;

/// <summary>
/// Events and place counts as RFC 7946 features. An event's geometry is the representative point of each of its places
/// (Point for one, MultiPoint for several); for areas (countries, admin-1/2, named regions) that point stands for a
/// polygon, which each entry of <c>places</c> says with its <c>precision</c> so that clients can shade the polygon.
/// </summary>
public static class EventFeatures
{
    /// <summary>Attribute the GeoJSON writer moves to the feature's top-level <c>id</c> (so <c>properties.id</c> stays too).</summary>
    public const string FeatureIdKey = "featureId";

    /// <summary>JSON options that write NTS features and geometries as RFC 7946 GeoJSON (no bbox, top-level feature id).</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new GeoJsonConverterFactory(GeoFactory.Instance, writeGeometryBBox: false, idPropertyName: FeatureIdKey) },
    };

    public static Feature Event(EventView e)
    {
        var points = e.Places
            .DistinctBy(p => p.PlaceId)
            .Select(p => GeoFactory.Point(p.Longitude, p.Latitude))
            .ToArray();
        Geometry? geometry = points.Length switch
        {
            0 => null,
            1 => points[0],
            _ => GeoFactory.Instance.CreateMultiPoint(points),
        };
        var places = e.Places.DistinctBy(p => p.PlaceId)
            .Select(p => new PlaceProperty(p.PlaceId, p.Name, p.Kind.ToString().ToLowerInvariant(), Precision(p.Kind)))
            .ToList();
        var attributes = new AttributesTable
        {
            { FeatureIdKey, e.Id },
            { "id", e.Id },
            { "date", e.Edtf },
            { "start", e.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            { "end", e.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            { "precision", e.Precision.ToString().ToLowerInvariant() },
            { "basis", e.Basis.ToString().ToLowerInvariant() },
            { "sentence", e.Sentence },
            { "articleId", e.ArticleId },
            { "source", e.Source ?? "" },
            { "placePrecision", Coarsest(places.Select(p => p.Precision)) },
            { "places", places },
        };
        return new Feature(geometry, attributes);
    }

    public static Feature PlaceCount(PlaceCount count, Geometry? shape, string precision) =>
        new(shape ?? GeoFactory.Point(count.Longitude, count.Latitude), new AttributesTable
        {
            { FeatureIdKey, count.PlaceId },
            { "id", count.PlaceId },
            { "name", count.Name },
            { "kind", count.Kind.ToString().ToLowerInvariant() },
            { "precision", precision },
            { "count", count.Events },
        });

    /// <summary>How exactly a place's point locates it: <c>point</c>, or the kind of area it stands for.</summary>
    public static string Precision(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Admin1 => "admin1",
        PlaceKind.Admin2 => "admin2",
        PlaceKind.Region or PlaceKind.River or PlaceKind.Border => "region",
        _ => "point",
    };

    private static readonly string[] Order = ["point", "admin2", "admin1", "region", "country"];

    private static string Coarsest(IEnumerable<string> precisions) =>
        precisions.DefaultIfEmpty("point").MaxBy(p => Array.IndexOf(Order, p))!;

    /// <summary>One place of an event in the <c>places</c> property.</summary>
    public sealed record PlaceProperty(string Id, string Name, string Kind, string Precision);
}
