using System.Text;
using System.Text.Json;
using Timeline.Core.Places;

namespace Timeline.Core.Tests.Places;

public class GeoJsonGeometryTests
{
    [Theory]
    // Clockwise input (ESRI convention) is written counter-clockwise (RFC 7946), long decimals rounded.
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}""", 4,
        """{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}""")]
    [InlineData("""{"type":"Polygon","crs":{"type":"name"},"coordinates":[[[0.123456789012345,0],[1,0],[1,1],[0,0.123456789012345],[0.123456789012345,0]]]}""", 4,
        """{"type":"Polygon","coordinates":[[[0.1235,0],[1,0],[1,1],[0,0.1235],[0.1235,0]]]}""")]
    // A hole is written clockwise.
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,2],[1,1]]]}""", 4,
        """{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,2],[2,2],[2,1],[1,1]]]}""")]
    [InlineData("""{"type":"LineString","coordinates":[[1.00001,2],[1.00002,2],[3,4.5]]}""", 4,
        """{"type":"LineString","coordinates":[[1,2],[3,4.5]]}""")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}""", 2,
        """{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}""")]
    [InlineData("""{"type":"Point","coordinates":[36.29128,33.5102,700]}""", 3, """{"type":"Point","coordinates":[36.291,33.51]}""")]
    public void ReadThenWrite_Geometry_IsNormalised(string input, int decimals, string expected) =>
        Assert.Equal(expected, RoundTrip(input, decimals));

    [Theory]
    [InlineData("""{"type":"GeometryCollection","coordinates":[]}""", "unsupported geometry type")]
    [InlineData("""{"type":"Polygon"}""", "no 'coordinates'")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}""", "not closed")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}""", "at least 4")]
    [InlineData("""{"type":"Point","coordinates":[4500000,3800000]}""", "outside longitude/latitude")]
    [InlineData("""{"type":"Point","coordinates":["a","b"]}""", "not [longitude, latitude]")]
    [InlineData("""[1,2]""", "not an object")]
    public void Read_BadGeometry_ThrowsNamingProblem(string input, string expected)
    {
        using var doc = JsonDocument.Parse(input);
        var e = Assert.Throws<FormatException>(() => GeoJsonGeometry.Read(doc.RootElement));
        Assert.Contains(expected, e.Message);
    }

    private static string RoundTrip(string input, int decimals)
    {
        using var doc = JsonDocument.Parse(input);
        var geometry = GeoJsonGeometry.Read(doc.RootElement);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            GeoJsonGeometry.Write(writer, geometry, decimals);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
