using System.Diagnostics;
using Timeline.Core.Articles;
using Timeline.Core.Events;
using Timeline.Core.Places;
using Timeline.Core.Text;

namespace Timeline.Core.Pipeline;

/// <summary>
/// The extraction pipeline, assembled in one place with its stages in order:
/// read → split sentences → match toponyms → geocode → tag dates and build events.
/// Stateless after construction and safe to share between threads.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly ArticleReader _reader = new();
    private readonly SentenceSplitter _splitter = new();
    private readonly ToponymMatcher _matcher;
    private readonly Geocoder _geocoder;
    private readonly EventBuilder _events = new(new Time.TemporalTagger());

    public ExtractionPipeline(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        _matcher = new ToponymMatcher(gazetteer);
        _geocoder = new Geocoder(gazetteer);
    }

    public Gazetteer Gazetteer { get; }

    /// <summary>Reads a file's bytes into an article; see <see cref="ArticleReader.Read"/> for the rules.</summary>
    public Article Read(string fileName, byte[] bytes, DateOnly? published = null) =>
        _reader.Read(fileName, bytes, published);

    /// <summary>Extracts the events of an article. <paramref name="timings"/>, when given, accumulates time per stage.</summary>
    public Extraction Extract(Article article, StageTimings? timings = null)
    {
        timings?.Start();
        var watch = Stopwatch.StartNew();
        var sentences = _splitter.Split(article.Body);
        timings?.Add("sentences", watch);

        var matches = _matcher.Match(article.Body);
        timings?.Add("toponyms", watch);

        var places = InTextOrder(_geocoder.Resolve(article.Body, matches));
        timings?.Add("geocoding", watch);

        var built = _events.Build(article, sentences, places);
        timings?.Add("dates+events", watch);

        return new Extraction(article, sentences, places, built.Dates, built.Events);
    }

    /// <summary>The mentions ordered by start; the geocoder keeps the matcher's text order, so this rarely has to sort.</summary>
    private static IReadOnlyList<GeocodedMention> InTextOrder(IReadOnlyList<GeocodedMention> places)
    {
        for (var i = 1; i < places.Count; i++)
        {
            if (places[i].Match.Start < places[i - 1].Match.Start)
                return places.OrderBy(p => p.Match.Start).ToList();
        }
        return places;
    }
}

/// <summary>Everything extracted from one article, with evidence offsets into <see cref="Article.Body"/>.</summary>
public sealed record Extraction(
    Article Article,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<GeocodedMention> Places,
    IReadOnlyList<Time.TimeMention> Dates,
    IReadOnlyList<ExtractedEvent> Events);

/// <summary>Accumulated wall time and managed allocations per pipeline stage (not thread-safe: one per thread).</summary>
public sealed class StageTimings
{
    private readonly Dictionary<string, TimeSpan> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _allocated = new(StringComparer.Ordinal);
    private long _lastAllocated = GC.GetAllocatedBytesForCurrentThread();

    public IReadOnlyDictionary<string, TimeSpan> Totals => _totals;

    /// <summary>Bytes allocated on the calling thread per stage.</summary>
    public IReadOnlyDictionary<string, long> Allocated => _allocated;

    internal void Start() => _lastAllocated = GC.GetAllocatedBytesForCurrentThread();

    internal void Add(string stage, Stopwatch watch)
    {
        var now = GC.GetAllocatedBytesForCurrentThread();
        _totals[stage] = _totals.GetValueOrDefault(stage) + watch.Elapsed;
        _allocated[stage] = _allocated.GetValueOrDefault(stage) + (now - _lastAllocated);
        _lastAllocated = now;
        watch.Restart();
    }
}
