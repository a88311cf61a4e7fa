using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Timeline.Core.Places.Matching;

namespace Timeline.Core.Places.Geocoding;

/// <summary>
/// The part of a mention's scoring that depends only on its candidate list: the best
/// <see cref="CandidateScorer.MaxCandidates"/> by prior, each one's prior and its same-named area/seat adjustment.
/// The matcher hands out one candidate array per gazetteer name, so this is computed once per name and cached
/// (by reference, weakly) instead of per mention and round: sorting, folding names and scanning pairs was most of
/// the geocoder's time and nearly all of its allocations. Immutable once built, so thread-safe.
/// </summary>
internal sealed class CandidateSet
{
    private static readonly ConditionalWeakTable<IReadOnlyList<Place>, CandidateSet> Cache = new();

    // Folded name keys by name: a gazetteer has a bounded set of names, and folding one allocates.
    private static readonly ConcurrentDictionary<string, string> NameKeys = new(StringComparer.Ordinal);

    private CandidateSet(IReadOnlyList<Place> candidates)
    {
        Places = candidates.OrderByDescending(p => PlacePrior.Of(p).Score).Take(CandidateScorer.MaxCandidates).ToArray();
        Prior = new double[Places.Length];
        RankText = new string[Places.Length];
        Pair = new double[Places.Length];
        PairText = new string[Places.Length];
        for (var k = 0; k < Places.Length; k++)
        {
            (Prior[k], var label) = PlacePrior.Of(Places[k]);
            RankText[k] = "rank: " + label + (Places[k].Population > 0 ? $" (pop {Places[k].Population:N0})" : "");
            (Pair[k], PairText[k]) = SameNameAdjustment(Places[k], Places);
        }
    }

    /// <summary>The scored candidates, best prior first (ties in their original order).</summary>
    public Place[] Places { get; }

    /// <summary><see cref="PlacePrior.Of"/> of each of <see cref="Places"/>.</summary>
    public double[] Prior { get; }

    /// <summary>The rank part of each candidate's written reason ("rank: admin1 seat (pop 177,636)").</summary>
    public string[] RankText { get; }

    /// <summary>The same-name adjustment of each candidate when the mention has no qualifier (with a qualifier it is 0).</summary>
    public double[] Pair { get; }

    public string[] PairText { get; }

    /// <summary>The set for a candidate list, built on first use of that list.</summary>
    public static CandidateSet For(IReadOnlyList<Place> candidates) => Cache.GetValue(candidates, c => new CandidateSet(c));

    /// <summary>
    /// A province and its same-named seat (Hasakah, Sinjar): the area wins, unless the city is a capital or
    /// large ("Damascus", "Aleppo", "Mosul" mean the city) or a settlement qualifier says otherwise.
    /// </summary>
    private static (double Value, string Text) SameNameAdjustment(Place place, Place[] candidates)
    {
        foreach (var other in candidates)
        {
            if (ReferenceEquals(other, place))
                continue;
            var (area, seat) = place.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && PlacePrior.IsSettlement(other)
                ? (place, other)
                : other.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && PlacePrior.IsSettlement(place) ? (other, place) : (null, null);
            // Only a true namesake: Natural Earth lists "Ramadi" as an alternate name of Anbar, but Ramadi is the city.
            if (area is null || seat is null || !Gazetteer.IsWithin(seat, area.Id) || NameKey(area.Name) != NameKey(seat.Name))
                continue;
            var cityWins = seat.FeatureCode == "PPLC" || seat.Population >= PlacePrior.LargeCity;
            if (ReferenceEquals(place, seat) == cityWins)
                return (0.15, cityWins ? "capital or large city over its same-named area" : "area over its same-named seat");
        }
        return (0, "");
    }

    private static string NameKey(string name) => NameKeys.GetOrAdd(name, FoldedText.Key);
}
