using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Timeline.Core.Places.Building;

/// <summary>Where the builder reads and writes.</summary>
/// <param name="PackagesDir">The npm <c>node_modules</c> folder with the pinned source packages.</param>
/// <param name="CuratedDir">The folder with <c>places.json</c> and <c>names.json</c>.</param>
/// <param name="OutDir">The bundle folder to write (<c>wwwroot-data/</c>); existing bundle files are replaced.</param>
public sealed record GazetteerBuildOptions(string PackagesDir, string CuratedDir, string OutDir);

/// <summary>What a build wrote.</summary>
public sealed record GazetteerBuildResult(IReadOnlyDictionary<PlaceKind, int> PlacesByKind, int ExtraNames, IReadOnlyList<(string File, long Bytes)> Files)
{
    public long TotalBytes => Files.Sum(f => f.Bytes);
}

/// <summary>
/// Builds the gazetteer bundle from Natural Earth (countries, admin-1), GeoNames (populated places, admin-2) and
/// the curated files. The output is byte-for-byte reproducible: ordinal ordering, invariant numbers, no timestamps.
/// </summary>
public static class GazetteerBuilder
{
    /// <summary>Countries of the product's focus: every cities500 place is kept, and polygons keep more detail.</summary>
    public static readonly IReadOnlySet<string> FocusCountries =
        new HashSet<string>(["SY", "IQ", "TR", "LB", "JO", "IL", "PS", "IR", "SA", "KW", "EG"], StringComparer.Ordinal);

    /// <summary>Outside the focus countries only places with at least this population (or capitals/admin-1 seats) are kept.</summary>
    public const long MinPopulationElsewhere = 15_000;

    /// <summary>Simplification tolerance in degrees for polygons in the focus countries (~200 m) and elsewhere (~1 km).</summary>
    public const double FocusTolerance = 0.002, WorldTolerance = 0.01;

    public static GazetteerBuildResult Build(GazetteerBuildOptions options)
    {
        var draft = new GazetteerDraft();
        var countries = NaturalEarthSource.ReadCountries(options.PackagesDir);
        foreach (var c in countries)
            AddArea(draft, c, PlaceKind.Country, null, "naturalearth-admin0");
        var countryCodes = countries.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var admin1 = NaturalEarthSource.ReadAdmin1(options.PackagesDir, countryCodes);
        foreach (var a in admin1)
            AddArea(draft, a, PlaceKind.Admin1, a.Id, "naturalearth-admin1");

        var admin1ByGeoNames = admin1.Where(a => a.GeoNamesAdmin1Code is not null)
            .GroupBy(a => a.GeoNamesAdmin1Code!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Id, StringComparer.Ordinal).First().Id, StringComparer.Ordinal);
        GeoNamesPlaces.Add(draft, options.PackagesDir, admin1ByGeoNames, countryCodes);

        var curatedPlaces = Path.Combine(options.CuratedDir, "places.json");
        CuratedPlaces.Add(draft, curatedPlaces);
        var names = CuratedNames.Read(Path.Combine(options.CuratedDir, "names.json"), draft.Places);

        var files = BundleWriter.Write(options.OutDir, draft, names);
        var byKind = draft.Places.Values.GroupBy(p => p.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        return new GazetteerBuildResult(byKind, names.Count, files);
    }

    /// <summary>Simplifies with topology preserved; focus countries keep more detail.</summary>
    internal static Geometry Simplify(Geometry raw, string? countryCode)
    {
        var tolerance = countryCode is not null && FocusCountries.Contains(countryCode) ? FocusTolerance : WorldTolerance;
        return TopologyPreservingSimplifier.Simplify(raw, tolerance);
    }

    private static void AddArea(GazetteerDraft draft, SourceArea area, PlaceKind kind, string? admin1Id, string source)
    {
        var simplified = Simplify(area.Geometry, area.CountryCode);
        var point = RepresentativePoint(area, simplified);
        var ancestors = kind == PlaceKind.Country ? [] : new[] { area.CountryCode };
        draft.Add(new Place(area.Id, area.Name, kind, area.CountryCode, area.Aliases, point.Y, point.X, 0, ancestors, simplified, source)
        {
            Admin1Id = admin1Id,
        }, area.Geometry);
    }

    // Natural Earth's label point when it lies inside the area, else the NTS interior point.
    private static Coordinate RepresentativePoint(SourceArea area, Geometry simplified)
    {
        if (area.LabelLatitude is { } lat && area.LabelLongitude is { } lon && simplified.Covers(GeoFactory.Point(lon, lat)))
            return new Coordinate(lon, lat);
        return simplified.InteriorPoint.Coordinate;
    }
}
