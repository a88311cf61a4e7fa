using System.Text.Json;
using Timeline.Core.Places;
using Timeline.Data.Queries;
using Timeline.Web.Map;
using Timeline.Web.Tests.Dashboard;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Map;

public class MapLayersTests
{
    private static readonly Gazetteer World = TestWorld.Gazetteer();

    [Theory]
    [InlineData(TestWorld.Hasakah, TestWorld.Hasakah)]
    [InlineData(TestWorld.AlHol, TestWorld.Hasakah)]
    [InlineData(TestWorld.Syria, null)]
    [InlineData("XX-NOPE", null)]
    [InlineData(null, null)]
    public void DrillDownRegion_SelectedPlace_ItsAdmin1(string? selected, string? expected)
    {
        Assert.Equal(expected, MapLayers.DrillDownRegion(World, selected));
    }

    [Fact]
    public void Focus_EventsSharingPlaces_EachPlaceOnceWithItsAdmin1()
    {
        var place = new EventPlaceView(TestWorld.AlHol, "Al-Hol camp", PlaceKind.Camp, TestWorld.Hasakah, 36.38, 41.15, "Al-Hol", 0, 6);
        var events = new[] { TimelinePagesTests.Event(1, new DateOnly(2025, 1, 1)), TimelinePagesTests.Event(2, new DateOnly(2025, 1, 2)) }
            .Select(e => e with { Places = [place] });

        var focus = Assert.Single(MapLayers.Focus(events));

        Assert.Equal(new MapFocus(TestWorld.AlHol, TestWorld.Hasakah, 36.38, 41.15), focus);
    }

    [Fact]
    public void State_AreaMentions_ShadedAreasNotPoints()
    {
        var hasakah = new PlaceCount(TestWorld.Hasakah, "Al-Hasakah", PlaceKind.Admin1, 36.5, 40.9, 3);
        var desert = new PlaceCount("syrian-desert", "Syrian Desert", PlaceKind.Region, 34.5, 38.5, 2);

        var state = MapLayers.State([hasakah], [], null, [desert]);

        Assert.Empty(state.Points);
        Assert.Equal([new MapRegion("syrian-desert", 2)], state.Areas);
        Assert.Equal(3, state.MaxCount);
    }

    [Fact]
    public void DistrictLayers_RegionWithImportedDistrict_GeoJsonWithItsPolygon()
    {
        var district = new Place("adm2:SY-HA:qamishli", "Qamishli District", PlaceKind.Admin2, "SY", [], 37.0, 41.2, 0,
            [TestWorld.Syria, TestWorld.Hasakah], GeoFactory.Instance.ToGeometry(new NetTopologySuite.Geometries.Envelope(40.8, 41.6, 36.8, 37.3)), "test");
        var layers = new DistrictLayers(new Gazetteer([.. World.Places, district]));

        using var json = JsonDocument.Parse(layers.Layer(TestWorld.Hasakah)!);
        var feature = Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());

        Assert.Equal("adm2:SY-HA:qamishli", feature.GetProperty("id").GetString());
        Assert.Equal("Qamishli District", feature.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("Polygon", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal("/map/admin2/SY-HA.geojson", layers.UrlFor(TestWorld.Hasakah));
        Assert.Null(layers.UrlFor(TestWorld.Damascus));
    }
}
