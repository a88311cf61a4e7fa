using Timeline.Core.Places;
using Xunit.Abstractions;

namespace Timeline.Core.Tests.Places;

/// <summary>
/// Every gold place of the dev set and the seeds must be matched in its sentence and geocoded within 161 km when
/// the whole article is the context (the accuracy@161km of ../shared/eval/README.md).
/// </summary>
public class GoldPlaceTests(ITestOutputHelper output)
{
    private const double ToleranceKm = 161;

    public static TheoryData<string, int> RequiredPlaces()
    {
        var data = new TheoryData<string, int>();
        for (var i = 0; i < GoldPlaces.All.Count; i++)
        {
            if (!GoldPlaces.All[i].Optional)
                data.Add(GoldPlaces.All[i].ToString(), i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredPlaces))]
    public void Geocode_GoldPlace_WithinToleranceOfGold(string label, int index)
    {
        var gold = GoldPlaces.All[index];
        var (found, distance, got) = Resolve(gold);
        Assert.True(found is not null, $"{label}: not matched in its sentence");
        Assert.True(distance <= ToleranceKm, $"{label}: resolved to {got} at {distance:0} km");
    }

    [Fact]
    public void Geocode_GoldSet_ReportsHitRateAndFalsePositives()
    {
        int hits = 0, total = 0, optionalHits = 0, optionalTotal = 0;
        foreach (var gold in GoldPlaces.All)
        {
            var (found, distance, _) = Resolve(gold);
            var hit = found is not null && distance <= ToleranceKm;
            if (gold.Optional) { optionalTotal++; optionalHits += hit ? 1 : 0; }
            else { total++; hits += hit ? 1 : 0; }
        }

        // False positives: resolved non-demonym mentions inside gold sentences that overlap no gold place.
        var falsePositives = new List<string>();
        foreach (var sentence in GoldPlaces.All.GroupBy(g => (g.Article, g.SentenceStart)))
        {
            var first = sentence.First();
            foreach (var m in ResolveArticle(first.Text))
            {
                if (m.IsDemonym || m.Match.Start < first.SentenceStart || m.Match.End > first.SentenceEnd)
                    continue;
                var overlapsGold = GoldPlaces.All.Any(g => g.Article == first.Article && g.SentenceStart == first.SentenceStart
                    && Occurrences(g).Any(o => o.Start < m.Match.End && m.Match.Start < o.End));
                if (!overlapsGold)
                    falsePositives.Add($"{first.Article}: '{m.Match.Text}' → {m.Place.Id} {m.Place.Name} ({m.Reason})");
            }
        }
        output.WriteLine($"required gold places hit: {hits}/{total}; optional: {optionalHits}/{optionalTotal}");
        output.WriteLine($"false positives in gold sentences: {falsePositives.Count}");
        foreach (var fp in falsePositives.Distinct())
            output.WriteLine("  " + fp);
        Assert.Equal(total, hits);
    }

    private static readonly Dictionary<string, IReadOnlyList<GeocodedMention>> Resolved = [];

    private static IReadOnlyList<GeocodedMention> ResolveArticle(string text)
    {
        lock (Resolved)
        {
            if (!Resolved.TryGetValue(text, out var list))
                Resolved[text] = list = BundledGazetteer.Geocoder.Resolve(text, BundledGazetteer.Matcher.Match(text));
            return list;
        }
    }

    private static IEnumerable<(int Start, int End)> Occurrences(GoldPlace gold)
    {
        for (var at = gold.Text.IndexOf(gold.Mention, gold.SentenceStart, StringComparison.Ordinal);
             at >= 0 && at + gold.Mention.Length <= gold.SentenceEnd;
             at = gold.Text.IndexOf(gold.Mention, at + 1, StringComparison.Ordinal))
            yield return (at, at + gold.Mention.Length);
    }

    private static (GeocodedMention? Found, double Distance, string Got) Resolve(GoldPlace gold)
    {
        var mentions = ResolveArticle(gold.Text);
        GeocodedMention? best = null;
        var bestKm = double.MaxValue;
        foreach (var (start, end) in Occurrences(gold))
        {
            foreach (var m in mentions.Where(m => m.Match.Start < end && start < m.Match.End))
            {
                var km = GeoDistance.Kilometres(gold.Lat, gold.Lon, m.Place.Latitude, m.Place.Longitude);
                if (km < bestKm)
                    (best, bestKm) = (m, km);
            }
        }
        return (best, bestKm, best is null ? "nothing" : $"{best.Place.Id} {best.Place.Name} ({best.Reason})");
    }
}
