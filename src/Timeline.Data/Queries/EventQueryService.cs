using Microsoft.EntityFrameworkCore;
using Timeline.Core.Places;
using Timeline.Data.Entities;

namespace Timeline.Data.Queries;

/// <summary>
/// Reads events for the dashboard and the API with one <see cref="EventFilter"/>: date overlap, places with everything
/// inside them (through the precomputed <c>place_ancestors</c> table), words and sources. Thread-safe; every call opens
/// its own context. Counts for the histogram and the map are in <c>EventQueryService.Counts.cs</c>, the article view in
/// <c>EventQueryService.Articles.cs</c>.
/// </summary>
public sealed partial class EventQueryService(Func<TimelineDbContext> createContext, Gazetteer gazetteer, AreaCountIndex? areaCounts = null)
{
    /// <summary>Largest page the service returns.</summary>
    public const int MaxLimit = 500;

    private readonly AggregateCache _aggregates = new(createContext);

    /// <summary>The in-memory map counts by date range; pass one to share it between services of the same store.</summary>
    public AreaCountIndex AreaCounts { get; } = areaCounts ?? new AreaCountIndex(createContext);

    /// <summary>
    /// The store's version: its largest event id (one index seek). The store only grows (imports append events), so a
    /// new version means new events; caches of answers key on it.
    /// </summary>
    public int StoreVersion()
    {
        using var db = createContext();
        return VersionOf(db);
    }

    internal static int VersionOf(TimelineDbContext db) => db.Events.Max(e => (int?)e.Id) ?? 0;

    /// <summary>
    /// Answer counts from the summary tables (and <see cref="AreaCounts"/>) when they can (the default); tests turn it
    /// off to compare with the exact counts.
    /// </summary>
    internal bool UseSummaries { get; init; } = true;

    /// <summary>
    /// One page of events matching the filter in timeline order (start day, then id: stable for events on the same day),
    /// strictly after <paramref name="after"/> when given. <paramref name="limit"/> is clamped to 1…<see cref="MaxLimit"/>.
    /// </summary>
    public IReadOnlyList<EventView> Events(EventFilter filter, int limit = MaxLimit, EventCursor? after = null)
    {
        using var db = createContext();
        var page = EventFilters.After(EventFilters.Keys(db, filter), after)
            .OrderBy(k => k.Start).ThenBy(k => k.Id)
            .Take(Math.Clamp(limit, 1, MaxLimit));
        var rows = page
            .Join(db.Events.AsNoTracking(), k => k.Id, e => e.Id, (k, e) => new
            {
                e.Id, e.ArticleId, e.DateStart, e.DateEnd, e.Precision, e.Basis, e.Edtf, e.DateText, e.Sentence, e.SentenceStart,
                e.Article!.Source, e.Article.Title, e.Article.Published,
            })
            .AsEnumerable()
            .OrderBy(r => r.DateStart).ThenBy(r => r.Id)
            .ToList();

        // The page's places in one indexed lookup, rather than a split query that would run the filter twice.
        var ids = rows.Select(r => r.Id).ToArray();
        var places = db.EventPlaces.AsNoTracking()
            .Where(p => ids.Contains(p.EventId))
            .OrderBy(p => p.EventId).ThenBy(p => p.MentionStart)
            .ToList()
            .ToLookup(p => p.EventId);

        return rows.Select(r => new EventView(
                r.Id, r.ArticleId, r.DateStart, r.DateEnd, r.Precision, r.Basis, r.Edtf, r.DateText, r.Sentence,
                r.Source, r.Title, r.Published,
                places[r.Id].Select(p => ToView(p, r.SentenceStart, r.Sentence.Length)).ToList()))
            .ToList();
    }

    /// <summary>How many events match the filter.</summary>
    public int Count(EventFilter filter)
    {
        using var db = createContext();
        return EventFilters.Keys(db, filter).Count();
    }

    private static EventPlaceView ToView(EventPlaceRecord p, int sentenceStart, int sentenceLength)
    {
        // Mentions are stored as body offsets; the timeline highlights them inside the sentence.
        var start = Math.Clamp(p.MentionStart - sentenceStart, 0, sentenceLength);
        var end = Math.Clamp(p.MentionEnd - sentenceStart, start, sentenceLength);
        return new EventPlaceView(p.PlaceId, p.PlaceName, p.Kind, p.Admin1Id, p.Latitude, p.Longitude, p.Mention, start, end);
    }
}
