using Timeline.Core.Places;
using Timeline.Core.Places.Boundaries;

namespace Timeline.Core.Tests.Places.Boundaries;

public sealed class BoundaryImporterTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "timeline-boundaries-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
            Directory.Delete(_data, recursive: true);
    }

    private static string Boundary(string name) => TestPaths.SharedFile("data", "boundaries", name);

    [Fact]
    public void Import_IraqAdm2_SinjarDistrictContainsSinjarTown()
    {
        var result = BoundaryImporter.Import(BundleFixture.Gazetteer, Boundary("irq_adm2.geojson"), _data);
        Assert.Contains(result.Matched, m => m.Name == "Sinjar" && m.PlaceId == "gn:9166620");

        var reloaded = GazetteerLoader.Load(BundleFixture.BundleDirectory, _data);
        var district = reloaded.Find("gn:9166620")!;
        var town = reloaded.Find("gn:448149")!;
        Assert.NotNull(district.Geometry);
        Assert.True(district.Geometry.Covers(GeoFactory.Point(town.Longitude, town.Latitude)));
        Assert.Equal("gn:9166620", reloaded.Containing(town.Latitude, town.Longitude).First().Id);
    }

    [Theory]
    // (file, feature name, place it must attach to)
    [InlineData("irq_adm1.geojson", "Ninewa", "IQ-NI")]
    [InlineData("irq_adm1.geojson", "Erbil", "IQ-AR")]
    [InlineData("irq_adm1.geojson", "Baghdad", "IQ-BG")]
    [InlineData("syr_adm1.geojson", "Al-Hasakeh", "SY-HA")]
    [InlineData("syr_adm1.geojson", "Quneitra", "SY-QU")]
    [InlineData("syr_adm1.geojson", "Damascus", "SY-DI")]
    [InlineData("irq_adm2.geojson", "Sinjar", "gn:9166620")]
    [InlineData("irq_adm2.geojson", "Al-Mosul", "gn:9166649")]
    [InlineData("irq_adm2.geojson", "Tilkaef", "gn:9166618")]
    [InlineData("syr_adm2.geojson", "Menbij", "gn:167355")]
    public void Import_RealFile_AttachesFeatureToPlace(string file, string name, string placeId)
    {
        var result = BoundaryImporter.Import(BundleFixture.Gazetteer, Boundary(file), _data);
        Assert.Contains(result.Matched, m => m.Name == name && m.PlaceId == placeId);
        Assert.Empty(result.Unmatched);
    }

    [Theory]
    // (file, feature name, id of the admin-2 place the import creates)
    [InlineData("syr_adm2.geojson", "Quamishli", "adm2:SY-HA:quamishli")]
    [InlineData("syr_adm2.geojson", "Al-Hasakeh", "adm2:SY-HA:hasaka")]
    [InlineData("syr_adm2.geojson", "Al Fiq", "adm2:SY-QU:fiq")]
    [InlineData("irq_adm2.geojson", "Al-Karkh", "adm2:IQ-BG:karkh")]
    public void Import_MissingDistrict_CreatesAdmin2UnderParent(string file, string name, string id)
    {
        var result = BoundaryImporter.Import(BundleFixture.Gazetteer, Boundary(file), _data);
        Assert.Contains(result.Created, m => m.Name == name && m.PlaceId == id);

        var created = GazetteerLoader.Load(BundleFixture.BundleDirectory, _data).Find(id)!;
        Assert.Equal(PlaceKind.Admin2, created.Kind);
        Assert.Equal(id.Split(':')[1], created.AncestorIds[^1]);
        Assert.True(created.Geometry!.Covers(GeoFactory.Point(created.Longitude, created.Latitude)));
    }

    [Theory]
    [InlineData("irq_adm1.geojson", 1, "ADM1_EN", null)]
    [InlineData("irq_adm2.geojson", 2, "ADM2_EN", "ADM1_EN")]
    [InlineData("syr_adm1.geojson", 1, "NAME_EN", null)]
    [InlineData("syr_adm2.geojson", 2, "NAME_EN", "ADMIN1_EN")]
    public void Import_RealFile_DetectsFields(string file, int level, string nameField, string? parentField)
    {
        var fields = BoundaryImporter.Import(BundleFixture.Gazetteer, Boundary(file), _data).Fields;
        Assert.Equal((level, nameField, parentField), (fields.Level, fields.NameField, fields.ParentField));
    }

    [Fact]
    public void Import_SyriaAdm1_AlHolCampLiesInsideHasakah()
    {
        BoundaryImporter.Import(BundleFixture.Gazetteer, Boundary("syr_adm1.geojson"), _data);
        var reloaded = GazetteerLoader.Load(BundleFixture.BundleDirectory, _data);
        var camp = reloaded.Find("al-hol-camp")!;
        Assert.True(reloaded.Find("SY-HA")!.Geometry!.Covers(GeoFactory.Point(camp.Longitude, camp.Latitude)));
        Assert.True(BundleFixture.Gazetteer.Find("SY-HA")!.Geometry!.Covers(GeoFactory.Point(camp.Longitude, camp.Latitude)));
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("""{"type":"Feature","geometry":null}""", "not a GeoJSON FeatureCollection")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""", "has no features")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NAME_EN":"A"},"geometry":{"type":"Point","coordinates":[40,36]}}]}""", "feature 0: geometry is a Point")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NAME_EN":"A"},"geometry":{"type":"Polygon","coordinates":[[[40,36],[41,36],[41,37],[40,36]]]}},{"type":"Feature","properties":{"NAME_EN":"B"},"geometry":{"type":"Polygon","coordinates":[[[40,36],[41,36],[41,37]]]}}]}""", "feature 1:")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"label":"A"},"geometry":{"type":"Polygon","coordinates":[[[40,36],[41,36],[41,37],[40,36]]]}}]}""", "cannot find a name property")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NAME_EN":"A"},"geometry":{"type":"Polygon","coordinates":[[[400000,3600000],[410000,3600000],[410000,3700000],[400000,3600000]]]}}]}""", "feature 0: position")]
    public void Import_CorruptFile_MessageNamesFileAndFeature(string content, string expected)
    {
        Directory.CreateDirectory(_data);
        var file = Path.Combine(_data, "corrupt.geojson");
        File.WriteAllText(file, content);
        var e = Assert.Throws<InvalidDataException>(() => BoundaryImporter.Import(BundleFixture.Gazetteer, file, _data));
        Assert.Contains("corrupt.geojson", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Import_MissingFile_NamesIt()
    {
        var e = Assert.Throws<FileNotFoundException>(() => BoundaryImporter.Import(BundleFixture.Gazetteer, Path.Combine(_data, "nope.geojson"), _data));
        Assert.Contains("nope.geojson", e.Message);
    }
}
