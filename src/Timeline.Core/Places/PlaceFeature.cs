using System.Text.Json;

namespace Timeline.Core.Places;

/// <summary>
/// A place with a geometry as one GeoJSON Feature, the form of the bundle's layers and of the web map's layers:
/// <c>id</c> = place id, <c>properties</c> <c>id</c>, <c>name</c>, <c>kind</c> and, where known, <c>country</c> and <c>admin1</c>.
/// </summary>
public static class PlaceFeature
{
    public static void Write(Utf8JsonWriter w, Place place, int decimals)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", place.Id);
        w.WriteStartObject("properties");
        w.WriteString("id", place.Id);
        w.WriteString("name", place.Name);
        w.WriteString("kind", BundleFormat.KindName(place.Kind));
        if (place.CountryCode is not null)
            w.WriteString("country", place.CountryCode);
        if (place.Admin1Id is not null)
            w.WriteString("admin1", place.Admin1Id);
        w.WriteEndObject();
        w.WritePropertyName("geometry");
        GeoJsonGeometry.Write(w, place.Geometry!, decimals);
        w.WriteEndObject();
    }
}
