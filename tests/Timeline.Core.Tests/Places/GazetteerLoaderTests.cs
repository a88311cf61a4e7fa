using NetTopologySuite.Geometries;
using Timeline.Core.Places;

namespace Timeline.Core.Tests.Places;

public class GazetteerLoaderTests
{
    private static Gazetteer G => BundleFixture.Gazetteer;

    [Theory]
    [InlineData("SY", PlaceKind.Country, "")]
    [InlineData("IQ", PlaceKind.Country, "")]
    [InlineData("SY-HA", PlaceKind.Admin1, "SY")]
    [InlineData("IQ-NI", PlaceKind.Admin1, "IQ")]
    [InlineData("SY-DI", PlaceKind.Admin1, "SY")]
    [InlineData("gn:9166620", PlaceKind.Admin2, "IQ IQ-NI")]
    [InlineData("gn:448149", PlaceKind.Town, "IQ IQ-NI gn:9166620")]
    [InlineData("gn:164094", PlaceKind.Village, "SY SY-ID")]
    [InlineData("gn:173797", PlaceKind.Village, "SY SY-HA")]
    [InlineData("gn:170654", PlaceKind.City, "SY SY-DI")]
    [InlineData("gn:95446", PlaceKind.City, "IQ IQ-AR gn:95444")]
    [InlineData("gn:99072", PlaceKind.City, "IQ IQ-NI gn:9166649")]
    [InlineData("al-hol-camp", PlaceKind.Camp, "SY SY-HA")]
    [InlineData("roj-camp", PlaceKind.Camp, "SY SY-HA")]
    [InlineData("semalka-crossing", PlaceKind.Crossing, "SY SY-HA")]
    [InlineData("mount-sinjar", PlaceKind.Mountain, "IQ IQ-NI")]
    [InlineData("tishrin-dam", PlaceKind.Landmark, "SY SY-HL")]
    [InlineData("erbil-airport", PlaceKind.Landmark, "IQ IQ-AR")]
    [InlineData("euphrates", PlaceKind.River, "")]
    [InlineData("northeast-syria", PlaceKind.Region, "SY")]
    [InlineData("iraqi-kurdistan", PlaceKind.Region, "IQ")]
    [InlineData("nineveh-plains", PlaceKind.Region, "IQ IQ-NI")]
    [InlineData("levant", PlaceKind.Region, "")]
    [InlineData("iraq-syria-border", PlaceKind.Border, "")]
    public void Load_Bundle_PlaceHasKindAndAncestors(string id, PlaceKind kind, string ancestors)
    {
        var place = G.Find(id);
        Assert.NotNull(place);
        Assert.Equal(kind, place.Kind);
        Assert.Equal(ancestors, string.Join(' ', place.AncestorIds));
    }

    [Theory]
    [InlineData("northeast-syria", "Polygon")]
    [InlineData("northwest-syria", "Polygon")]
    [InlineData("levant", "Polygon")]
    [InlineData("iraqi-kurdistan", "Polygon")]
    [InlineData("nineveh-plains", "Polygon")]
    [InlineData("syrian-desert", "Polygon")]
    [InlineData("iraq-syria-border", "LineString")]
    [InlineData("syria-turkey-border", "LineString")]
    [InlineData("SY-HA", "Polygon")]
    [InlineData("SY", "Polygon")]
    public void Load_Bundle_ShapeHasGeometryType(string id, string type)
    {
        var geometry = G.Find(id)!.Geometry;
        Assert.NotNull(geometry);
        Assert.StartsWith(type, geometry.GeometryType.Replace("Multi", ""));
    }

    [Theory]
    // (latitude, longitude, region that must contain it)
    [InlineData(36.3775, 41.1489, "SY-HA")]
    [InlineData(36.3775, 41.1489, "northeast-syria")]
    [InlineData(36.7000, 38.4500, "northeast-syria")]
    [InlineData(35.9306, 36.6339, "northwest-syria")]
    [InlineData(36.1833, 44.0119, "iraqi-kurdistan")]
    [InlineData(36.2709, 43.3776, "nineveh-plains")]
    [InlineData(34.5624, 38.2840, "syrian-desert")]
    [InlineData(33.8938, 35.5018, "levant")]
    [InlineData(31.9539, 35.9106, "levant")]
    public void Containing_PointInRegion_FindsRegion(double lat, double lon, string id) =>
        Assert.Contains(G.Containing(lat, lon), p => p.Id == id);

    [Theory]
    [InlineData(36.3350, 43.1189, "nineveh-plains")]
    [InlineData(33.5102, 36.2913, "syrian-desert")]
    [InlineData(35.3359, 40.1408, "northwest-syria")]
    [InlineData(33.3152, 44.3661, "levant")]
    public void Containing_PointOutsideRegion_DoesNotFindRegion(double lat, double lon, string id) =>
        Assert.DoesNotContain(G.Containing(lat, lon), p => p.Id == id);

    [Fact]
    public void Load_IraqSyriaBorder_RunsBetweenTheCountries()
    {
        var border = G.Find("iraq-syria-border")!.Geometry!;
        Assert.True(border.Length > 5, "the border is about 600 km, more than 5 degrees of line");
        Assert.True(G.Find("SY")!.Geometry!.Boundary.Distance(border) < 0.02);
        Assert.True(G.Find("IQ")!.Geometry!.Boundary.Distance(border) < 0.02);
    }

    [Fact]
    public void Load_DamascusCity_IsSeparateFromGovernorate()
    {
        var city = G.Find("gn:170654")!;
        Assert.Equal("Damascus", city.Name);
        Assert.Equal("PPLC", city.FeatureCode);
        Assert.Equal("Damascus", G.Find("SY-DI")!.Name);
        Assert.Contains(G.Children("SY-DI"), p => p.Id == city.Id);
    }

    [Theory]
    [InlineData("Hasakeh", "SY-HA", NameKind.Alias)]
    [InlineData("Iraqi", "IQ", NameKind.Demonym)]
    [InlineData("Shengal", "gn:448149", NameKind.Alias)]
    [InlineData("Jabal Sinjar", "mount-sinjar", NameKind.Alias)]
    [InlineData("Al-Hasakah", "SY-HA", NameKind.Primary)]
    public void Load_Bundle_HasName(string text, string placeId, NameKind kind) =>
        Assert.Contains(G.Names, n => n.Text == text && n.PlaceId == placeId && n.Kind == kind);

    [Fact]
    public void Load_Bundle_AliasesAreLatinScript() =>
        Assert.DoesNotContain(G.Places.SelectMany(p => p.Aliases), a => a.Any(c => c is >= '\u0600' and <= '\u06FF'));

    [Fact]
    public void Descendants_Iraq_IncludeSinjarTown() =>
        Assert.Contains(G.Descendants("IQ"), p => p.Id == "gn:448149");

    [Fact]
    public void Load_MissingBundle_NamesTheFile()
    {
        var e = Assert.Throws<FileNotFoundException>(() => GazetteerLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-bundle")));
        Assert.Contains("places.jsonl", e.Message);
    }

    [Fact]
    public void Load_Regions_RepresentativePointLiesInside()
    {
        foreach (var id in new[] { "northeast-syria", "levant", "iraqi-kurdistan", "nineveh-plains", "syrian-desert" })
        {
            var place = G.Find(id)!;
            Assert.True(place.Geometry!.Covers(new Point(place.Longitude, place.Latitude)), id);
        }
    }
}
