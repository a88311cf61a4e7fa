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

    /// <summary>Candidates per mention that get a written reason in the result (the others are only ranked).</summary>
    public const int DescribedCandidates = 8;

    /// <summary>Scores all mentions; returns each mention's best candidates (at most <see cref="DescribedCandidates"/>), best first.</summary>
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
        // Reasons are written once, for the candidates that are shown: scoring rounds stay free of string work.
        for (var i = 0; i < _mentions.Count; i++)
        {
            var top = result[i].Take(DescribedCandidates).ToList();
            for (var k = 0; k < top.Count; k++)
                top[k] = top[k] with { Why = Describe(i, top[k].Place) };
            result[i] = top;
        }
        return result;
    }

    private List<ScoredCandidate> Score(int index, bool withContext)
    {
        var candidates = _candidates[index];
        var list = new List<ScoredCandidate>(candidates.Length);
        foreach (var place in candidates)
        {
            var parts = Parts(index, place, withContext);
            // Support: what the text says for this place beyond its rank (qualifier, container, context).
            var support = Math.Max(0, parts.Qualifier) + parts.Container + parts.Country + parts.Admin + parts.Near;
            list.Add(new ScoredCandidate(place, Math.Round(parts.Total, 4), support, ""));
        }
        list.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Place.Population.CompareTo(a.Place.Population));
        return list;
    }

    /// <summary>The parts of one candidate's score, with what each part refers to (for the written reason).</summary>
    private struct ScoreParts
    {
        public double Prior, Qualifier, Pair, Container, Country, Admin, Near;
        public string PriorLabel, PairText;
        public Place? CountryFrom, AdminFrom, NearFrom;
        public int CountryRule, AdminRule;
        public double NearKm;

        public readonly double Total => Prior + Qualifier + Pair + Container + Country + Admin + Near;
    }

    private ScoreParts Parts(int index, Place place, bool withContext)
    {
        var mention = _mentions[index];
        var parts = new ScoreParts();
        (parts.Prior, parts.PriorLabel) = PlacePrior.Of(place);
        parts.Qualifier = PlacePrior.QualifierBonus(mention.Qualifier, place);
        (parts.Pair, parts.PairText) = SameNameAdjustment(place, _candidates[index], mention.Qualifier);
        if (_containers[index] is { } container && Gazetteer.IsWithin(place, container.Id))
            parts.Container = 0.6;
        if (withContext)
            AddContext(index, place, ref parts);
        return parts;
    }

    /// <summary>The readable reason for a candidate's final score: every part, largest first.</summary>
    private string Describe(int index, Place place)
    {
        var p = Parts(index, place, withContext: true);
        var reasons = new List<(double Value, string Text)>
        {
            (p.Prior, "rank: " + p.PriorLabel + (place.Population > 0 ? $" (pop {place.Population:N0})" : "")),
        };
        if (p.Qualifier != 0)
            reasons.Add((p.Qualifier, $"qualifier '{_mentions[index].Qualifier}'"));
        if (p.Pair != 0)
            reasons.Add((p.Pair, p.PairText));
        if (p.Container != 0)
            reasons.Add((p.Container, $"explicit: in {_containers[index]!.Name} ({_containers[index]!.Id})"));
        if (p.Country > 0)
            reasons.Add((p.Country, p.CountryRule == 0 ? $"context: {p.CountryFrom!.Name} in the text" : $"context: same country as {p.CountryFrom!.Name}"));
        if (p.Admin > 0)
            reasons.Add((p.Admin, p.AdminRule == 0 ? $"context: in {p.AdminFrom!.Name} ({p.AdminFrom.Id}), also in the text" : $"context: same admin1 as {p.AdminFrom!.Name}"));
        if (p.Near > 0)
            reasons.Add((p.Near, $"near {p.NearFrom!.Name} ({p.NearKm.ToString("0", CultureInfo.InvariantCulture)} km)"));
        return Describe(reasons);
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

    private void AddContext(int index, Place place, ref ScoreParts parts)
    {
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
                if (place.CountryCode == other.CountryCode && 0.2 * w > parts.Country)
                    (parts.Country, parts.CountryFrom, parts.CountryRule) = (0.2 * w, other, 0);
                continue;
            }
            if (other.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && Gazetteer.IsWithin(place, other.Id))
            {
                if (0.3 * w > parts.Admin)
                    (parts.Admin, parts.AdminFrom, parts.AdminRule) = (0.3 * w, other, 0);
            }
            else if (other.Admin1Id is not null && other.Admin1Id == place.Admin1Id && 0.15 * w > parts.Admin)
            {
                (parts.Admin, parts.AdminFrom, parts.AdminRule) = (0.15 * w, other, 1);
            }
            else if (place.CountryCode is not null && place.CountryCode == other.CountryCode && 0.1 * w > parts.Country)
            {
                (parts.Country, parts.CountryFrom, parts.CountryRule) = (0.1 * w, other, 1);
            }
            if (other.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.River or PlaceKind.Border)
                continue;
            var km = PlacePrior.DistanceKm(place, other);
            var bonus = km < 30 ? 0.25 : km < 100 ? 0.15 : km < 250 ? 0.05 : 0;
            if (bonus * w > parts.Near || (bonus * w == parts.Near && km < nearest))
            {
                nearest = km;
                (parts.Near, parts.NearFrom, parts.NearKm) = (bonus * w, other, km);
            }
        }
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
