using NetTopologySuite.Geometries;

namespace Timeline.Core.Places.Boundaries;

/// <summary>Finds the gazetteer place a boundary feature denotes, and makes new admin-2 places.</summary>
internal sealed class BoundaryMatcher(Gazetteer gazetteer, int level, IReadOnlyList<Geometry> all)
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    // Boundary files are nearly always one country's: when 80% of the features lie in one country, all belong to it
    // (Natural Earth puts the Golan in Israel; the OCHA Syria file does not).
    private readonly Place? _fileCountry = all
        .Select(g => CountryAt(gazetteer, g.InteriorPoint))
        .GroupBy(c => c?.Id)
        .Where(g => g.Key is not null && g.Count() >= 0.8 * all.Count)
        .Select(g => g.First())
        .FirstOrDefault();

    public (Place? Place, string How) Match(string name, string? parentName, Geometry geometry)
    {
        var inside = geometry.InteriorPoint;
        var country = Country(inside);
        if (country is null)
            return (null, "outside every country of the gazetteer");
        var candidates = level == 1
            ? gazetteer.Children(country.Id).Where(p => p.Kind == PlaceKind.Admin1).ToList()
            : Admin2Candidates(country, Parent(country, parentName, inside));
        var byName = candidates.Where(p => !_taken.Contains(p.Id) && SameName(p, name)).ToList();
        if (byName.Count == 1)
            return Take(byName[0], "name");

        // Spelling differs ("Ninewa"/"Ninawa", "Tilkaef"/"Tel Keppe"): accept the one candidate whose point the polygon holds.
        var within = candidates.Where(p => !_taken.Contains(p.Id) && geometry.Covers(GeoFactory.Point(p.Longitude, p.Latitude))).ToList();
        if (level == 1)
            within = [.. within.Where(p => p.Geometry is null || p.Geometry.Covers(inside))];
        return within.Count == 1 ? Take(within[0], "location") : (null, byName.Count > 1 ? "ambiguous name" : "no place with this name");
    }

    public Place? NewAdmin2(string name, string? parentName, Geometry geometry, string source)
    {
        var inside = geometry.InteriorPoint;
        var country = Country(inside);
        var slug = NameFolding.Fold(name).Replace(' ', '-');
        if (country is null || slug.Length == 0)
            return null;
        var parent = Parent(country, parentName, inside);
        var id = $"adm2:{parent?.Id ?? country.Id}:{slug}";
        if (gazetteer.Find(id) is not null || !_taken.Add(id))
            return null;
        return new Place(id, name, PlaceKind.Admin2, country.Id, [], inside.Y, inside.X, 0,
            parent is null ? [country.Id] : [country.Id, parent.Id], geometry, source) { Admin1Id = parent?.Id };
    }

    private (Place, string) Take(Place place, string how)
    {
        _taken.Add(place.Id);
        return (place, how);
    }

    private Place? Country(Point point) => _fileCountry ?? CountryAt(gazetteer, point);

    private static Place? CountryAt(Gazetteer gazetteer, Point point) =>
        gazetteer.Containing(point.Y, point.X).FirstOrDefault(p => p.Kind == PlaceKind.Country);

    private Place? Parent(Place country, string? parentName, Point inside)
    {
        var admin1 = gazetteer.Children(country.Id).Where(p => p.Kind == PlaceKind.Admin1).ToList();
        if (parentName is not null && admin1.Where(p => SameName(p, parentName)).ToList() is [var named])
            return named;
        return gazetteer.Containing(inside.Y, inside.X).FirstOrDefault(p => p.Kind == PlaceKind.Admin1 && p.CountryCode == country.Id);
    }

    private List<Place> Admin2Candidates(Place country, Place? parent) =>
        parent is not null
            ? [.. gazetteer.Children(parent.Id).Where(p => p.Kind == PlaceKind.Admin2)]
            : [.. gazetteer.Children(country.Id).Where(p => p.Kind == PlaceKind.Admin2)];

    /// <summary>Folded names equal, also when one writes a space the other omits ("Tel Afar"/"Telafar").</summary>
    private static bool SameName(Place place, string name)
    {
        var key = NameFolding.Fold(name);
        var compact = key.Replace(" ", "", StringComparison.Ordinal);
        return place.Aliases.Prepend(place.Name).Select(NameFolding.Fold)
            .Any(k => k == key || k.Replace(" ", "", StringComparison.Ordinal) == compact);
    }
}
