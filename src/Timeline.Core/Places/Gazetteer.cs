using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Timeline.Core.Places;

/// <summary>
/// The read-only, in-memory gazetteer: places by id, their names, the hierarchy, and a spatial index over
/// the places that have polygons. Built once; every member is safe to call from many threads.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Place> _byId;
    private readonly Dictionary<string, List<Place>> _children = new(StringComparer.Ordinal);
    private readonly STRtree<(Place Place, IPreparedGeometry Shape)> _areas = new();

    /// <param name="places">All places; ids must be unique.</param>
    /// <param name="extraNames">Names beyond each place's own name and aliases, e.g. demonyms and abbreviations.</param>
    public Gazetteer(IEnumerable<Place> places, IEnumerable<PlaceName>? extraNames = null)
    {
        _byId = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (!_byId.TryAdd(place.Id, place))
                throw new ArgumentException($"Duplicate place id '{place.Id}'.", nameof(places));
        }

        var names = new List<PlaceName>();
        foreach (var place in _byId.Values)
        {
            names.Add(new PlaceName(place.Name, place.Id, NameKind.Primary));
            foreach (var alias in place.Aliases)
                names.Add(new PlaceName(alias, place.Id, NameKind.Alias));

            var parentId = place.AncestorIds.Count > 0 ? place.AncestorIds[^1] : null;
            if (parentId is not null)
            {
                if (!_children.TryGetValue(parentId, out var list))
                    _children[parentId] = list = [];
                list.Add(place);
            }

            if (place.Geometry is Polygon or MultiPolygon)
                _areas.Insert(place.Geometry.EnvelopeInternal, (place, PreparedGeometryFactory.Prepare(place.Geometry)));
        }

        foreach (var extra in extraNames ?? [])
        {
            if (!_byId.ContainsKey(extra.PlaceId))
                throw new ArgumentException($"Name '{extra.Text}' refers to unknown place id '{extra.PlaceId}'.", nameof(extraNames));
            names.Add(extra);
        }

        _areas.Build();
        Names = names;
    }

    /// <summary>All places.</summary>
    public IReadOnlyCollection<Place> Places => _byId.Values;

    /// <summary>All names of all places, including demonyms and abbreviations.</summary>
    public IReadOnlyList<PlaceName> Names { get; }

    /// <summary>The place with this id, or null.</summary>
    public Place? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Direct children in the hierarchy (places whose last ancestor is <paramref name="id"/>).</summary>
    public IReadOnlyList<Place> Children(string id) =>
        _children.TryGetValue(id, out var list) ? list : [];

    /// <summary>All descendants of a place, depth first; the place itself is not included.</summary>
    public IEnumerable<Place> Descendants(string id)
    {
        var stack = new Stack<Place>(Children(id));
        while (stack.Count > 0)
        {
            var place = stack.Pop();
            yield return place;
            foreach (var child in Children(place.Id))
                stack.Push(child);
        }
    }

    /// <summary>True when <paramref name="ancestorId"/> is <paramref name="place"/> or one of its ancestors.</summary>
    public static bool IsWithin(Place place, string ancestorId) =>
        place.Id == ancestorId || place.AncestorIds.Contains(ancestorId);

    /// <summary>Places with a polygon that contains the point, smallest area first.</summary>
    public IReadOnlyList<Place> Containing(double latitude, double longitude)
    {
        var point = GeoFactory.Point(longitude, latitude);
        return _areas.Query(point.EnvelopeInternal)
            .Where(a => a.Shape.Covers(point))
            .Select(a => a.Place)
            .OrderBy(p => p.Geometry!.Area)
            .ToList();
    }
}
