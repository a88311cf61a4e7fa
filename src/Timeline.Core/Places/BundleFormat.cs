namespace Timeline.Core.Places;

/// <summary>
/// File layout of the gazetteer bundle (<c>wwwroot-data/</c>) and of imported boundaries; see <c>wwwroot-data/README.md</c>.
/// Shared by the builder, the loader and the boundary importer so that they cannot drift apart.
/// </summary>
public static class BundleFormat
{
    /// <summary>One JSON object per line, one line per place, ordered by id (ordinal).</summary>
    public const string PlacesFile = "gazetteer/places.jsonl";

    /// <summary>One JSON object per line: extra names (demonyms, abbreviations, curated aliases) of places.</summary>
    public const string NamesFile = "gazetteer/names.jsonl";

    /// <summary>RFC 7946 FeatureCollections whose feature ids are place ids; the loader attaches them as geometries.</summary>
    public static readonly string[] GeometryFiles = ["countries.geojson", "admin1.geojson", "regions.geojson"];

    /// <summary>Folder under the data folder where <c>gazetteer add-boundaries</c> keeps its results.</summary>
    public const string BoundariesFolder = "boundaries";

    /// <summary>The lower-case kind name used in files ("admin1", "city", "border").</summary>
    public static string KindName(PlaceKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Parses a kind name written by <see cref="KindName"/> (case-insensitive).</summary>
    public static bool TryParseKind(string? text, out PlaceKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);

    /// <summary>The lower-case name kind used in files ("alias", "demonym", "abbreviation").</summary>
    public static string NameKindName(NameKind kind) => kind.ToString().ToLowerInvariant();
}
