namespace Timeline.Core.Places.Geocoding;

/// <summary>
/// How likely a place is to be meant by a bare mention, before any context: feature rank, then population.
/// Scores are in 0..1 and only compared with each other.
/// </summary>
internal static class PlacePrior
{
    /// <summary>Cities this large (or capitals) are meant rather than the same-named province around them.</summary>
    public const long LargeCity = 400_000;

    /// <summary>
    /// Support from the text an obscure settlement needs to be kept: a qualifier, its province or a place within
    /// 100 km in the text; a country named once or a demonym alone is not enough.
    /// </summary>
    public const double MinSupport = 0.12;

    public static (double Score, string Label) Of(Place place)
    {
        var (rank, label) = place.Kind switch
        {
            PlaceKind.Country => (0.80, "country"),
            PlaceKind.Admin1 => (0.62, "admin1"),
            PlaceKind.Admin2 => (0.50, "admin2"),
            PlaceKind.Region or PlaceKind.Border or PlaceKind.River or PlaceKind.Mountain
                or PlaceKind.Camp or PlaceKind.Crossing => (0.60, KindLabel(place.Kind)),
            PlaceKind.Landmark => (0.50, "landmark"),
            _ => place.FeatureCode switch
            {
                "PPLC" => (0.75, "capital"),
                "PPLA" => (0.55, "admin1 seat"),
                "PPLA2" => (0.45, "admin2 seat"),
                "PPLA3" or "PPLA4" => (0.36, "local seat"),
                _ => place.Kind switch
                {
                    PlaceKind.City => (0.36, "city"),
                    PlaceKind.Town => (0.32, "town"),
                    _ => (0.28, KindLabel(place.Kind)),
                },
            },
        };
        // Population breaks ties among places of one rank: 1 000 → +0.06, 100 000 → +0.10, 10 M → +0.15.
        var population = Math.Clamp(Math.Log10(place.Population + 1) / 7.0, 0, 1) * 0.15;
        return (rank + population, label);
    }

    private static readonly string[] KindLabels = Enum.GetValues<PlaceKind>().Select(k => k.ToString().ToLowerInvariant()).ToArray();

    private static string KindLabel(PlaceKind kind) => KindLabels[(int)kind];

    /// <summary>Populated places (not areas or features).</summary>
    public static bool IsSettlement(Place place) => place.Kind is PlaceKind.City or PlaceKind.Town or PlaceKind.Village;

    /// <summary>Whether this candidate is small enough that, without any support from context, it is more likely a false match.</summary>
    public static bool IsObscure(Place place) =>
        IsSettlement(place) && place.FeatureCode is not ("PPLC" or "PPLA") && place.Population < 50_000;

    /// <summary>Feature kinds a qualifier word asks for, with the bonus each gets.</summary>
    public static double QualifierBonus(string? qualifier, Place place) => qualifier switch
    {
        null => 0,
        "governorate" or "governate" or "province" or "oblast" => place.Kind switch
        {
            PlaceKind.Admin1 => 0.5,
            PlaceKind.Admin2 => 0.2,
            _ => -0.1,
        },
        "district" or "subdistrict" or "raion" => place.Kind switch
        {
            PlaceKind.Admin2 => 0.5,
            PlaceKind.Admin1 => 0.15,
            _ => -0.1,
        },
        "countryside" or "region" or "area" or "desert" or "plain" or "plains" or "valley" or "outskirts" => place.Kind switch
        {
            PlaceKind.Region => 0.4,
            PlaceKind.Admin1 or PlaceKind.Admin2 => 0.3,
            _ => 0,
        },
        "city" or "town" or "village" or "neighbourhood" or "neighborhood" or "suburbs" => IsSettlement(place) ? 0.5 : -0.1,
        "camp" => place.Kind == PlaceKind.Camp ? 0.6 : 0,
        "crossing" => place.Kind == PlaceKind.Crossing ? 0.6 : 0,
        "mount" or "mt" or "jabal" or "jebel" or "mountain" or "mountains" => place.Kind == PlaceKind.Mountain ? 0.6 : 0,
        "river" or "wadi" => place.Kind == PlaceKind.River ? 0.6 : 0,
        "dam" or "airport" or "airbase" or "lake" => place.Kind == PlaceKind.Landmark ? 0.6 : IsSettlement(place) ? 0.05 : 0,
        _ => 0,
    };
}
