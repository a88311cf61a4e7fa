using System.Text.RegularExpressions;
using Timeline.Core.Events;
using Timeline.Core.Places;

namespace Timeline.Core.Evaluation;

/// <summary>
/// Scores extracted events against gold events by the rules of shared/eval/README.md: an event matches when its
/// sentence contains the gold fragment (whitespace-normalised); the date must equal the gold value at the gold's
/// precision; a gold place is found when a predicted place's mention overlaps it and lies within 161 km.
/// </summary>
public static partial class Evaluator
{
    public const double ToleranceKm = 161;

    public static EvaluationReport Score(IEnumerable<(GoldArticle Gold, IReadOnlyList<ExtractedEvent> Predicted)> articles)
    {
        int count = 0, goldEvents = 0, matched = 0, dates = 0, lenient = 0, goldPlaces = 0, found = 0, mentions = 0, predicted = 0, correct = 0;
        var misses = new List<EvaluationMiss>();

        foreach (var (gold, events) in articles)
        {
            count++;
            foreach (var goldEvent in gold.Events)
            {
                goldEvents++;
                var fragment = Normalize(goldEvent.Sentence);
                var hit = events.FirstOrDefault(e => Normalize(e.Sentence).Contains(fragment, StringComparison.Ordinal));
                var required = goldEvent.Places.Where(p => !p.Optional).ToList();
                goldPlaces += required.Count;
                if (hit is null)
                {
                    misses.Add(new EvaluationMiss(gold.Article, goldEvent.Sentence, "no event for this sentence"));
                    continue;
                }
                matched++;

                if (hit.Edtf == goldEvent.Date)
                    dates++;
                else
                    misses.Add(new EvaluationMiss(gold.Article, goldEvent.Sentence, $"date {hit.Edtf} ({hit.Basis.ToString().ToLowerInvariant()}), expected {goldEvent.Date} ({goldEvent.DateBasis})"));
                if (hit.Edtf == goldEvent.Date || (goldEvent.AltDates?.Contains(hit.Edtf) ?? false))
                    lenient++;

                var spans = GoldSpans(hit, goldEvent.Places);
                foreach (var place in required)
                {
                    var overlapping = hit.Places.Where(p => Overlaps(p, spans[place])).ToList();
                    if (overlapping.Count == 0)
                    {
                        misses.Add(new EvaluationMiss(gold.Article, goldEvent.Sentence, $"place '{place.Mention}' not found"));
                        continue;
                    }
                    mentions++;
                    if (overlapping.Any(p => Near(p.Place, place)))
                        found++;
                    else
                        misses.Add(new EvaluationMiss(gold.Article, goldEvent.Sentence,
                            $"place '{place.Mention}' resolved to {Describe(overlapping[0].Place)}, expected {place.Name} ({place.Lat}, {place.Lon})"));
                }

                foreach (var p in hit.Places)
                {
                    var golds = goldEvent.Places.Where(g => Overlaps(p, spans[g])).ToList();
                    if (golds.Count > 0 && golds.All(g => g.Optional))
                        continue; // an optional gold place is neither required nor counted against precision
                    predicted++;
                    if (golds.Any(g => Near(p.Place, g)))
                        correct++;
                    else
                        misses.Add(new EvaluationMiss(gold.Article, goldEvent.Sentence, $"extra place '{p.Match.Text}' → {Describe(p.Place)}"));
                }
            }
        }

        return new EvaluationReport(count, goldEvents, matched, dates, lenient, goldPlaces, found, mentions, predicted, correct, misses);
    }

    private static string Describe(Place place) => $"{place.Name} [{place.Id}] ({place.Latitude:0.00}, {place.Longitude:0.00})";

    private static bool Near(Place place, GoldPlace gold) =>
        GeoDistance.Kilometres(place.Latitude, place.Longitude, gold.Lat, gold.Lon) <= ToleranceKm;

    private static bool Overlaps(GeocodedMention p, IReadOnlyList<(int Start, int End)> spans) =>
        spans.Any(s => p.Match.Start < s.End && s.Start < p.Match.End);

    /// <summary>Body offsets of every occurrence of each gold mention inside the matched event's sentence.</summary>
    private static Dictionary<GoldPlace, IReadOnlyList<(int, int)>> GoldSpans(ExtractedEvent hit, IReadOnlyList<GoldPlace> places)
    {
        var result = new Dictionary<GoldPlace, IReadOnlyList<(int, int)>>(ReferenceEqualityComparer.Instance);
        foreach (var place in places)
        {
            var spans = new List<(int, int)>();
            for (var i = hit.Sentence.IndexOf(place.Mention, StringComparison.Ordinal); i >= 0;
                 i = hit.Sentence.IndexOf(place.Mention, i + 1, StringComparison.Ordinal))
                spans.Add((hit.SentenceStart + i, hit.SentenceStart + i + place.Mention.Length));
            result[place] = spans;
        }
        return result;
    }

    internal static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
