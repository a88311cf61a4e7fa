using System.Globalization;
using System.Text;

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
    private readonly CandidateSet[] _candidates;
    private readonly Place?[] _containers;
    private readonly Place?[] _chosen;
    private readonly double[] _weight;
    private readonly bool[] _anchored;
    private readonly int[] _nameKey;
    private readonly List<(Place Place, double Weight, int NameKey)> _context = [];

    public CandidateScorer(string text, IReadOnlyList<ToponymMatch> mentions)
    {
        _text = text;
        _mentions = mentions;
        _candidates = new CandidateSet[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
            _candidates[i] = CandidateSet.For(mentions[i].Candidates);
        _containers = new Place?[mentions.Count];
        for (var i = 0; i + 1 < mentions.Count; i++)
            _containers[i] = ExplicitContainer(i);
        _chosen = new Place?[mentions.Count];
        _weight = new double[mentions.Count];
        _anchored = new bool[mentions.Count];
        // Mentions of one name (same candidates) share a key: they are scored once and never support each other.
        _nameKey = new int[mentions.Count];
        var keys = new Dictionary<(string, int), int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var c = mentions[i].Candidates;
            var key = (c.Count > 0 ? c[0].Id : "", c.Count);
            if (!keys.TryGetValue(key, out _nameKey[i]))
                keys[key] = _nameKey[i] = keys.Count;
        }
    }

    /// <summary>
    /// Scores all mentions; returns each mention's best <paramref name="kept"/> candidates, best first; the first
    /// <paramref name="described"/> of them carry their written reason (writing reasons costs more than scoring).
    /// </summary>
    public List<ScoredCandidate>[] Run(int kept, int described)
    {
        // One score array per distinct mention (same name, qualifier and container score alike), reused every round.
        var scores = new Scored[_mentions.Count][];
        var shared = new Dictionary<(int, string?, string?), int>();
        var owner = new int[_mentions.Count];
        for (var i = 0; i < _mentions.Count; i++)
        {
            if (shared.TryGetValue((_nameKey[i], _mentions[i].Qualifier, _containers[i]?.Id), out owner[i]))
            {
                scores[i] = scores[owner[i]];
                continue;
            }
            shared[(_nameKey[i], _mentions[i].Qualifier, _containers[i]?.Id)] = owner[i] = i;
            scores[i] = new Scored[_candidates[i].Places.Length];
        }

        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                if (owner[i] == i)
                    Score(i, withContext: round > 0, scores[i]);
            }
            for (var i = 0; i < _mentions.Count; i++)
            {
                var list = scores[i];
                var best = list.Length > 0 ? list[0] : default;
                _chosen[i] = best.Place;
                // Weak or doubtful mentions inform the others less.
                var margin = list.Length > 1 ? best.Score - list[1].Score : 0.5;
                var weight = Math.Clamp(0.5 + margin, 0.3, 1.0);
                if (_mentions[i].NameKind == NameKind.Demonym)
                    weight *= 0.5;
                _weight[i] = weight;
                // A small settlement vouches for others only once something well known vouched for it, so two chance
                // matches ("Old Bridge", "Bridgeton") cannot support each other.
                _anchored[i] = best.Place is not null && (!PlacePrior.IsObscure(best.Place) || best.Support >= PlacePrior.MinSupport);
            }
            BuildContext();
        }

        // Reasons are written once, for the candidates that are shown: scoring rounds stay free of string work.
        var result = new List<ScoredCandidate>[_mentions.Count];
        for (var i = 0; i < _mentions.Count; i++)
        {
            var top = new List<ScoredCandidate>(Math.Min(kept, scores[i].Length));
            foreach (var c in scores[i].AsSpan(0, Math.Min(kept, scores[i].Length)))
                top.Add(new ScoredCandidate(c.Place, c.Score, c.Support, top.Count < described ? Describe(i, c.Index) : ""));
            result[i] = top;
        }
        return result;
    }

    /// <summary>A candidate's score during the rounds.</summary>
    private readonly record struct Scored(Place Place, double Score, double Support, int Index);

    private static readonly Comparison<Scored> BestFirst = (a, b) =>
        b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Place.Population.CompareTo(a.Place.Population);

    private void Score(int index, bool withContext, Scored[] into)
    {
        var candidates = _candidates[index].Places;
        for (var k = 0; k < candidates.Length; k++)
        {
            var parts = Parts(index, k, withContext);
            // Support: what the text says for this place beyond its rank (qualifier, container, context).
            var support = Math.Max(0, parts.Qualifier) + parts.Container + parts.Country + parts.Admin + parts.Near + parts.Foreign;
            into[k] = new Scored(candidates[k], Math.Round(parts.Total, 4), support, k);
        }
        Array.Sort(into, BestFirst);
    }

    /// <summary>The parts of one candidate's score, with what each part refers to (for the written reason).</summary>
    private struct ScoreParts
    {
        public double Prior, Qualifier, Pair, Container, Country, Admin, Near, Foreign;
        public string PairText;
        public Place? CountryFrom, AdminFrom, NearFrom;
        public int CountryRule, AdminRule;
        public double NearKm;

        public readonly double Total => Prior + Qualifier + Pair + Container + Country + Admin + Near + Foreign;
    }

    private ScoreParts Parts(int index, int candidate, bool withContext)
    {
        var mention = _mentions[index];
        var set = _candidates[index];
        var place = set.Places[candidate];
        var parts = new ScoreParts { Prior = set.Prior[candidate], PairText = "" };
        parts.Qualifier = PlacePrior.QualifierBonus(mention.Qualifier, place);
        if (mention.Qualifier is null)
            (parts.Pair, parts.PairText) = (set.Pair[candidate], set.PairText[candidate]);
        if (_containers[index] is { } container && Gazetteer.IsWithin(place, container.Id))
            parts.Container = 0.6;
        if (withContext)
            AddContext(index, place, ref parts);
        return parts;
    }

    private enum ReasonPart { Rank, Qualifier, Pair, Container, Country, Admin, Near, Foreign }

    [ThreadStatic]
    private static StringBuilder? t_reason;

    /// <summary>The readable reason for a candidate's final score: every part, largest first.</summary>
    /// <remarks>
    /// Written straight into one builder per thread: this runs for every shown mention, and the intermediate strings,
    /// list and LINQ sort it used cost more than all scoring rounds together.
    /// </remarks>
    private string Describe(int index, int candidate)
    {
        var p = Parts(index, candidate, withContext: true);
        Span<double> values = stackalloc double[8];
        Span<ReasonPart> parts = stackalloc ReasonPart[8];
        var count = 0;
        (values[count], parts[count++]) = (p.Prior, ReasonPart.Rank);
        if (p.Qualifier != 0)
            (values[count], parts[count++]) = (p.Qualifier, ReasonPart.Qualifier);
        if (p.Pair != 0)
            (values[count], parts[count++]) = (p.Pair, ReasonPart.Pair);
        if (p.Container != 0)
            (values[count], parts[count++]) = (p.Container, ReasonPart.Container);
        if (p.Country > 0)
            (values[count], parts[count++]) = (p.Country, ReasonPart.Country);
        if (p.Admin > 0)
            (values[count], parts[count++]) = (p.Admin, ReasonPart.Admin);
        if (p.Near > 0)
            (values[count], parts[count++]) = (p.Near, ReasonPart.Near);
        if (p.Foreign < 0)
            (values[count], parts[count++]) = (p.Foreign, ReasonPart.Foreign);
        // Largest first; a stable insertion sort, so equal parts keep the order above.
        for (var a = 1; a < count; a++)
        {
            for (var b = a; b > 0 && Math.Abs(values[b - 1]) < Math.Abs(values[b]); b--)
            {
                (values[b - 1], values[b]) = (values[b], values[b - 1]);
                (parts[b - 1], parts[b]) = (parts[b], parts[b - 1]);
            }
        }

        var builder = t_reason ??= new StringBuilder();
        builder.Clear();
        for (var k = 0; k < count; k++)
        {
            if (k > 0)
                builder.Append("; ");
            AppendPart(builder, parts[k], index, candidate, p);
            builder.Append(' ').Append(values[k] >= 0 ? "+" : "").Append(CultureInfo.InvariantCulture, $"{values[k]:0.00}");
        }
        return builder.ToString();
    }

    private void AppendPart(StringBuilder builder, ReasonPart part, int index, int candidate, in ScoreParts p)
    {
        _ = part switch
        {
            ReasonPart.Rank => builder.Append(_candidates[index].RankText[candidate]),
            ReasonPart.Qualifier => builder.Append("qualifier '").Append(_mentions[index].Qualifier).Append('\''),
            ReasonPart.Pair => builder.Append(p.PairText),
            ReasonPart.Container => builder.Append("explicit: in ").Append(_containers[index]!.Name).Append(" (").Append(_containers[index]!.Id).Append(')'),
            ReasonPart.Country => p.CountryRule == 0
                ? builder.Append("context: ").Append(p.CountryFrom!.Name).Append(" in the text")
                : builder.Append("context: same country as ").Append(p.CountryFrom!.Name),
            ReasonPart.Admin => p.AdminRule == 0
                ? builder.Append("context: in ").Append(p.AdminFrom!.Name).Append(" (").Append(p.AdminFrom.Id).Append("), also in the text")
                : builder.Append("context: same admin1 as ").Append(p.AdminFrom!.Name),
            ReasonPart.Foreign => builder.Append("context: nothing else in ").Append(_candidates[index].Places[candidate].CountryCode).Append(" while the text's places lie elsewhere"),
            _ => builder.Append("near ").Append(p.NearFrom!.Name).Append(" (").Append(CultureInfo.InvariantCulture, $"{p.NearKm:0}").Append(" km)"),
        };
    }

    /// <summary>The distinct places the text supports after a round, each with its strongest weight.</summary>
    private void BuildContext()
    {
        _context.Clear();
        for (var j = 0; j < _mentions.Count; j++)
        {
            if (_chosen[j] is not { } other || !_anchored[j])
                continue;
            var at = _context.FindIndex(c => ReferenceEquals(c.Place, other) && c.NameKey == _nameKey[j]);
            if (at < 0)
                _context.Add((other, _weight[j], _nameKey[j]));
            else if (_weight[j] > _context[at].Weight)
                _context[at] = (other, _weight[j], _nameKey[j]);
        }
    }

    private void AddContext(int index, Place place, ref ScoreParts parts)
    {
        var nearest = double.MaxValue;
        var (elsewhere, sameCountry) = (0, false);
        foreach (var (other, w, nameKey) in _context)
        {
            if (nameKey == _nameKey[index] || ReferenceEquals(other, place))
                continue;
            if (other.CountryCode is { } cc)
            {
                if (cc == place.CountryCode)
                    sameCountry = true;
                else
                    elsewhere++;
            }
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
            // 2.3 degrees of latitude alone are 255 km, beyond any bonus; a place without a bonus never changes the parts
            // (a later place with one replaces it), so the trigonometry is skipped.
            if (Math.Abs(place.Latitude - other.Latitude) > 2.3)
                continue;
            var km = GeoDistance.Kilometres(place, other);
            var bonus = km < 30 ? 0.25 : km < 100 ? 0.15 : km < 250 ? 0.05 : 0;
            if (bonus * w > parts.Near || (bonus * w == parts.Near && km < nearest))
            {
                nearest = km;
                (parts.Near, parts.NearFrom, parts.NearKm) = (bonus * w, other, km);
            }
        }
        // A place in a country nothing else in the text lies in, while the text's places agree on other countries
        // (Libya's Tripoli in a story of south Lebanon, a village in Burkina Faso in one of Turkey), loses ground; a
        // country named by itself is its own evidence.
        if (!sameCountry && elsewhere >= ForeignContext && place.Kind != PlaceKind.Country && place.CountryCode is not null)
            parts.Foreign = ForeignPenalty;
    }

    /// <summary>How many places elsewhere make a candidate in an unsupported country foreign to the text.</summary>
    internal const int ForeignContext = 2;

    /// <summary>The score a candidate loses when it lies in a country nothing else in the text supports.</summary>
    internal const double ForeignPenalty = -0.2;

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
}
