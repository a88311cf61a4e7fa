using Timeline.Core.Places.Geocoding;

namespace Timeline.Core.Places;

/// <summary>
/// Picks one place per mention from context in the text: qualifiers ("Hasakah Governorate", "Al-Hol camp"),
/// an explicit container ("the Sinjar region of Iraq"), the other places and countries of the same text,
/// then feature rank (capital, admin seat, town, village) and population. See docs/geocoding.md.
/// Thread-safe.
/// </summary>
public sealed class Geocoder(Gazetteer gazetteer)
{
    private readonly ToponymMatcher _matcher = new(gazetteer);

    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>
    /// Alternatives kept per mention by <see cref="Resolve"/>: the chosen place, with its reason, and the runners-up with
    /// their scores (their reasons are left empty: writing them costs more than the scoring; <see cref="Candidates"/> writes all).
    /// </summary>
    public const int ResolvedAlternatives = 3;

    /// <summary>Candidates returned by <see cref="Candidates"/> for a typed name.</summary>
    public const int NameCandidates = 8;

    /// <summary>
    /// Resolves all mentions of one text (an article body) together, so that they inform each other.
    /// Mentions whose best candidate is a small settlement that nothing in the text supports (no country,
    /// province or nearby place in common, no qualifier) are dropped as likely false matches
    /// ("Police", "Hamid" are villages somewhere), so the result can be shorter than <paramref name="mentions"/>.
    /// </summary>
    public IReadOnlyList<GeocodedMention> Resolve(string text, IReadOnlyList<ToponymMatch> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var scored = new CandidateScorer(text, mentions).Run(ResolvedAlternatives, described: 1);
        var result = new List<GeocodedMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var list = scored[i];
            if (list.Count == 0)
                continue;
            var best = list[0];
            var mention = mentions[i];
            if (mention.NameKind != NameKind.Demonym && PlacePrior.IsObscure(best.Place) && best.Support < PlacePrior.MinSupport)
                continue;
            result.Add(new GeocodedMention(
                mention, best.Place, Confidence(mention, list), Reason(list),
                list.Select(c => c.ToPublic()).ToArray()));
        }
        return result;
    }

    /// <summary>
    /// Candidates for a bare name typed by a user, best first; empty when the name is unknown. Letter case is
    /// ignored; a trailing feature word ("Hasakah province", "Al-Hol camp") or "Mount" counts as a qualifier.
    /// With <paramref name="context"/>, the places in it inform the choice as in an article, and when the name
    /// occurs in the context its qualifiers there count too ("the Sinjar region of Iraq").
    /// </summary>
    public IReadOnlyList<GeocodeCandidate> Candidates(string name, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var typed = _matcher.MatchName(name);
        if (typed is null)
            return [];
        var text = context ?? "";
        var mentions = text.Length == 0 ? [] : _matcher.Match(text).ToList();
        var target = mentions.FindIndex(m => m.Candidates.Any(c => c.Id == typed.Candidates[0].Id) && m.NameKind == typed.NameKind);
        if (target < 0)
        {
            // The name is not in the context: score it as one more mention at its end.
            mentions.Add(typed with { Start = text.Length, End = text.Length });
            target = mentions.Count - 1;
        }
        else
        {
            mentions[target] = mentions[target] with
            {
                Candidates = typed.Candidates,
                Qualifier = typed.Qualifier ?? mentions[target].Qualifier,
            };
        }
        return new CandidateScorer(text, mentions).Run(NameCandidates, NameCandidates)[target].Select(c => c.ToPublic()).ToArray();
    }

    private static double Confidence(ToponymMatch mention, List<CandidateScorer.ScoredCandidate> list)
    {
        // A lone candidate is as sure as the name, less what the text says against it (a country nothing else lies in).
        var confidence = list.Count == 1 ? 0.9 + Math.Min(0, list[0].Support) : Math.Clamp(0.5 + list[0].Score - list[1].Score, 0.3, 0.97);
        if (mention.NameKind == NameKind.Demonym)
            confidence *= 0.6;
        return Math.Round(confidence, 3);
    }

    private static string Reason(List<CandidateScorer.ScoredCandidate> list) =>
        list.Count == 1 ? "only candidate; " + list[0].Why : list[0].Why;
}
