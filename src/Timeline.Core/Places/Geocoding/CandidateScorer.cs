using System.Globalization;
using System.Text;
using Timeline.Core.Places.Matching;

namespace Timeline.Core.Places.Geocoding;

/// <summary>
/// Scores the candidates of every mention of one text against each other, in a few rounds: first by prior
/// and qualifier alone, then with the other mentions' current choices as context (countries, admin-1 areas
/// and nearby places mentioned in the same text), and an explicit container right after the name
/// ("the Sinjar region of Iraq", "Qamishli, Syria").
/// </summary>
internal sealed class CandidateScorer
{
    /// <summary>One scored candidate; <paramref name="Support"/> is the part of the score that comes from the text.</summary>
    public sealed record ScoredCandidate(Place Place, double Score, double Support, string Why)
    {
        public GeocodeCandidate ToPublic() => new(Place, Score, Why);
    }

    /// <summary>At most this many candidates per mention are scored (the best by prior).</summary>
    public const int MaxCandidates = 40;

    private const int Rounds = 3;

    private readonly string _text;
    private readonly IReadOnlyList<ToponymMatch> _mentions;
    private readonly Place[][] _candidates;
    private readonly Place?[] _containers;
    private readonly Place?[] _chosen;
    private readonly double[] _weight;
    private readonly bool[] _anchored;

    public CandidateScorer(string text, IReadOnlyList<ToponymMatch> mentions)
    {
        _text = text;
        _mentions = mentions;
        _candidates = mentions
            .Select(m => m.Candidates.OrderByDescending(p => PlacePrior.Of(p).Score).Take(MaxCandidates).ToArray())
            .ToArray();
        _containers = new Place?[mentions.Count];
        for (var i = 0; i + 1 < mentions.Count; i++)
            _containers[i] = ExplicitContainer(i);
        _chosen = new Place?[mentions.Count];
        _weight = new double[mentions.Count];
        _anchored = new bool[mentions.Count];
    }

    /// <summary>Scores all mentions; returns each mention's candidates, best first.</summary>
    public List<ScoredCandidate>[] Run()
    {
        var result = new List<ScoredCandidate>[_mentions.Count];
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < _mentions.Count; i++)
                result[i] = Score(i, withContext: round > 0);
            for (var i = 0; i < _mentions.Count; i++)
            {
                var best = result[i].Count > 0 ? result[i][0] : null;
                _chosen[i] = best?.Place;
                // Weak or doubtful mentions inform the others less.
                var margin = result[i].Count > 1 ? best!.Score - result[i][1].Score : 0.5;
                var weight = Math.Clamp(0.5 + margin, 0.3, 1.0);
                if (_mentions[i].NameKind == NameKind.Demonym)
                    weight *= 0.5;
                _weight[i] = weight;
                // A small settlement vouches for others only once something well known vouched for it, so two chance
                // matches ("Old Bridge", "Bridgeton") cannot support each other.
                _anchored[i] = best is not null && (!PlacePrior.IsObscure(best.Place) || best.Support >= PlacePrior.MinSupport);
            }
        }
        return result;
    }

    private List<ScoredCandidate> Score(int index, bool withContext)
    {
        var mention = _mentions[index];
        var candidates = _candidates[index];
        var list = new List<ScoredCandidate>(candidates.Length);
        foreach (var place in candidates)
        {
            var reasons = new List<(double Value, string Text)>();
            var (prior, label) = PlacePrior.Of(place);
            reasons.Add((prior, "rank: " + label + (place.Population > 0 ? $" (pop {place.Population:N0})" : "")));
            var qualifier = PlacePrior.QualifierBonus(mention.Qualifier, place);
            if (qualifier != 0)
                reasons.Add((qualifier, $"qualifier '{mention.Qualifier}'"));
            var pair = SameNameAdjustment(place, candidates, mention.Qualifier);
            if (pair.Value != 0)
                reasons.Add(pair);
            if (_containers[index] is { } container && Gazetteer.IsWithin(place, container.Id))
                reasons.Add((0.6, $"explicit: in {container.Name} ({container.Id})"));
            if (withContext)
                AddContext(index, place, reasons);
            var total = reasons.Sum(r => r.Value);
            // Support: what the text says for this place beyond its rank (qualifier, container, context).
            var support = reasons.Skip(1).Where(r => !r.Text.StartsWith("capital", StringComparison.Ordinal) && !r.Text.StartsWith("area over", StringComparison.Ordinal)).Sum(r => Math.Max(0, r.Value));
            list.Add(new ScoredCandidate(place, Math.Round(total, 4), support, Describe(reasons)));
        }
        list.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Place.Population.CompareTo(a.Place.Population));
        return list;
    }

    /// <summary>
    /// A province and its same-named seat (Hasakah, Sinjar): the area wins, unless the city is a capital or
    /// large ("Damascus", "Aleppo", "Mosul" mean the city) or a settlement qualifier says otherwise.
    /// </summary>
    private static (double Value, string Text) SameNameAdjustment(Place place, Place[] candidates, string? qualifier)
    {
        if (qualifier is not null)
            return (0, "");
        foreach (var other in candidates)
        {
            if (ReferenceEquals(other, place))
                continue;
            var (area, seat) = place.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && PlacePrior.IsSettlement(other)
                ? (place, other)
                : other.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && PlacePrior.IsSettlement(place) ? (other, place) : (null, null);
            // Only a true namesake: Natural Earth lists "Ramadi" as an alternate name of Anbar, but Ramadi is the city.
            if (area is null || seat is null || !Gazetteer.IsWithin(seat, area.Id)
                || FoldedText.Key(area.Name) != FoldedText.Key(seat.Name))
                continue;
            var cityWins = seat.FeatureCode == "PPLC" || seat.Population >= PlacePrior.LargeCity;
            if (ReferenceEquals(place, seat) == cityWins)
                return (0.15, cityWins ? "capital or large city over its same-named area" : "area over its same-named seat");
        }
        return (0, "");
    }

    private void AddContext(int index, Place place, List<(double Value, string Text)> reasons)
    {
        double country = 0, admin = 0, near = 0;
        string? countryWhy = null, adminWhy = null, nearWhy = null;
        var nearest = double.MaxValue;
        for (var j = 0; j < _mentions.Count; j++)
        {
            if (j == index || _chosen[j] is not { } other || !_anchored[j] || SameName(_mentions[j], _mentions[index]))
                continue;
            if (ReferenceEquals(other, place))
                continue;
            var w = _weight[j];
            if (other.Kind == PlaceKind.Country)
            {
                if (place.CountryCode == other.CountryCode && 0.2 * w > country)
                    (country, countryWhy) = (0.2 * w, $"context: {other.Name} in the text");
                continue;
            }
            if (other.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && Gazetteer.IsWithin(place, other.Id))
            {
                if (0.3 * w > admin)
                    (admin, adminWhy) = (0.3 * w, $"context: in {other.Name} ({other.Id}), also in the text");
            }
            else if (other.Admin1Id is not null && other.Admin1Id == place.Admin1Id && 0.15 * w > admin)
            {
                (admin, adminWhy) = (0.15 * w, $"context: same admin1 as {other.Name}");
            }
            else if (place.CountryCode is not null && place.CountryCode == other.CountryCode && 0.1 * w > country)
            {
                (country, countryWhy) = (0.1 * w, $"context: same country as {other.Name}");
            }
            if (other.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.River or PlaceKind.Border)
                continue;
            var km = PlacePrior.DistanceKm(place, other);
            var bonus = km < 30 ? 0.25 : km < 100 ? 0.15 : km < 250 ? 0.05 : 0;
            if (bonus * w > near || (bonus * w == near && km < nearest))
            {
                nearest = km;
                (near, nearWhy) = (bonus * w, $"near {other.Name} ({km.ToString("0", CultureInfo.InvariantCulture)} km)");
            }
        }
        if (country > 0)
            reasons.Add((country, countryWhy!));
        if (admin > 0)
            reasons.Add((admin, adminWhy!));
        if (near > 0)
            reasons.Add((near, nearWhy!));
    }

    private static bool SameName(ToponymMatch a, ToponymMatch b) =>
        a.Candidates.Count == b.Candidates.Count && a.Candidates.Count > 0 && a.Candidates[0].Id == b.Candidates[0].Id;

    /// <summary>
    /// "the Sinjar region of Iraq", "Qamishli, Syria", "Tal Tamr in Hasakah province": the next mention is a
    /// country or area that contains this one when only a short linking phrase separates them.
    /// </summary>
    private Place? ExplicitContainer(int index)
    {
        var mention = _mentions[index];
        var next = _mentions[index + 1];
        if (next.Start < mention.End || next.Start - mention.End > 40 || next.NameKind == NameKind.Demonym)
            return null;
        var between = _text.AsSpan(mention.End, next.Start - mention.End);
        var linked = false;
        foreach (var range in between.SplitAny(" ,\u00A0"))
        {
            var word = between[range];
            if (word.IsEmpty)
                continue;
            if (word is "of" or "in")
                linked = true;
            else if (!IsLinkWord(word))
                return null;
        }
        linked |= between.Contains(',');
        if (!linked)
            return null;
        return next.Candidates.FirstOrDefault(p => p.Kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Region);
    }

    private static bool IsLinkWord(ReadOnlySpan<char> word) =>
        word is "the" or "region" or "province" or "governorate" or "district" or "area" or "countryside" or "rural"
            or "northern" or "southern" or "eastern" or "western" or "central" or "northeastern" or "northwestern"
            or "southeastern" or "southwestern" or "north" or "south" or "east" or "west" or "northeast" or "northwest"
            or "southeast" or "southwest" or "town" or "city" or "village" or "desert";

    private static string Describe(List<(double Value, string Text)> reasons)
    {
        var builder = new StringBuilder();
        foreach (var (value, text) in reasons.OrderByDescending(r => Math.Abs(r.Value)))
        {
            if (builder.Length > 0)
                builder.Append("; ");
            builder.Append(text).Append(' ').Append(value >= 0 ? "+" : "").Append(value.ToString("0.00", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}
