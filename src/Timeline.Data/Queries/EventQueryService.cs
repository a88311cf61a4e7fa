using Microsoft.EntityFrameworkCore;
using Timeline.Core.Places;
using Timeline.Data.Entities;

namespace Timeline.Data.Queries;

/// <summary>
/// Reads events for the dashboard and the API with one <see cref="EventFilter"/>: date overlap, a place with all its
/// descendants (through the gazetteer hierarchy), and words. Thread-safe; every call opens its own context.
/// </summary>
/// <remarks>
/// Known limits of this first version: no keyset paging yet (<c>limit</c> caps the result), and a place filter matches
/// the hierarchy only, not places whose point lies inside a polygon without being its descendant.
/// </remarks>
public sealed class EventQueryService(Func<TimelineDbContext> createContext, Gazetteer gazetteer)
{
    /// <summary>Largest page the service returns.</summary>
    public const int MaxLimit = 500;

    /// <summary>Events matching the filter in date order (start day, then id: stable for events on the same day).</summary>
    public IReadOnlyList<EventView> Events(EventFilter filter, int limit = MaxLimit)
    {
        using var db = createContext();
        var rows = Apply(db.Events.AsNoTracking(), filter)
            .OrderBy(e => e.DateStart).ThenBy(e => e.Id)
            .Take(Math.Clamp(limit, 1, MaxLimit))
            .Select(e => new
            {
                e.Id, e.ArticleId, e.DateStart, e.DateEnd, e.Precision, e.Basis, e.Edtf, e.DateText, e.Sentence, e.SentenceStart,
                e.Article!.Source, e.Article.Title, e.Article.Published,
                Places = e.Places.OrderBy(p => p.MentionStart).ToList(),
            })
            .AsSplitQuery()
            .ToList();

        return rows.Select(r => new EventView(
                r.Id, r.ArticleId, r.DateStart, r.DateEnd, r.Precision, r.Basis, r.Edtf, r.DateText, r.Sentence,
                r.Source, r.Title, r.Published,
                r.Places.Select(p => ToView(p, r.SentenceStart, r.Sentence.Length)).ToList()))
            .ToList();
    }

    /// <summary>How many events match the filter.</summary>
    public int Count(EventFilter filter)
    {
        using var db = createContext();
        return Apply(db.Events.AsNoTracking(), filter).Count();
    }

    /// <summary>
    /// Events per admin-1 region for the map's choropleth: an event counts once for each region it mentions,
    /// directly or through a place inside it.
    /// </summary>
    public IReadOnlyList<PlaceCount> Admin1Counts(EventFilter filter)
    {
        using var db = createContext();
        var events = Apply(db.Events.AsNoTracking(), filter).Select(e => e.Id);
        var pairs = db.EventPlaces.AsNoTracking()
            .Where(p => events.Contains(p.EventId))
            .Select(p => new { p.EventId, Region = p.Kind == PlaceKind.Admin1 ? p.PlaceId : p.Admin1Id })
            .Where(p => p.Region != null)
            .Distinct()
            .ToList();
        return pairs.GroupBy(p => p.Region!, StringComparer.Ordinal)
            .Select(g => Describe(g.Key, g.Count()))
            .OrderByDescending(c => c.Events).ThenBy(c => c.PlaceId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Events per point place (cities, towns, camps, crossings …) for the map's circle markers.</summary>
    public IReadOnlyList<PlaceCount> PointCounts(EventFilter filter)
    {
        using var db = createContext();
        var events = Apply(db.Events.AsNoTracking(), filter).Select(e => e.Id);
        var rows = db.EventPlaces.AsNoTracking()
            .Where(p => events.Contains(p.EventId) && !AreaKinds.Contains(p.Kind))
            .GroupBy(p => new { p.PlaceId, p.PlaceName, p.Kind, p.Latitude, p.Longitude })
            .Select(g => new { g.Key, Events = g.Select(p => p.EventId).Distinct().Count() })
            .ToList();
        return rows
            .Select(r => new PlaceCount(r.Key.PlaceId, r.Key.PlaceName, r.Key.Kind, r.Key.Latitude, r.Key.Longitude, r.Events))
            .OrderByDescending(c => c.Events).ThenBy(c => c.PlaceId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Kinds drawn as areas (polygons or lines), never as a point marker.</summary>
    private static readonly PlaceKind[] AreaKinds =
        [PlaceKind.Country, PlaceKind.Admin1, PlaceKind.Admin2, PlaceKind.Region, PlaceKind.River, PlaceKind.Border];

    private IQueryable<EventRecord> Apply(IQueryable<EventRecord> events, EventFilter filter)
    {
        // Overlap: the event's interval [DateStart, DateEnd] meets the range [From, To].
        if (filter.From is { } from)
            events = events.Where(e => e.DateEnd >= from);
        if (filter.To is { } to)
            events = events.Where(e => e.DateStart <= to);

        if (!string.IsNullOrWhiteSpace(filter.PlaceId))
            events = ApplyPlace(events, filter.PlaceId);

        foreach (var word in Words(filter.Text))
        {
            var pattern = "%" + EscapeLike(word) + "%";
            events = events.Where(e => EF.Functions.Like(e.Sentence, pattern, "\\")
                || e.Places.Any(p => EF.Functions.Like(p.PlaceName, pattern, "\\") || EF.Functions.Like(p.Mention, pattern, "\\")));
        }
        return events;
    }

    private IQueryable<EventRecord> ApplyPlace(IQueryable<EventRecord> events, string placeId)
    {
        var place = gazetteer.Find(placeId);
        if (place?.Kind == PlaceKind.Country)
            return events.Where(e => e.Places.Any(p => p.PlaceId == placeId || p.CountryCode == placeId));

        // The place, its descendants in the gazetteer, and anything stored with it as its admin-1 region.
        var ids = gazetteer.Descendants(placeId).Select(p => p.Id).Append(placeId).Distinct(StringComparer.Ordinal).ToList();
        return events.Where(e => e.Places.Any(p => ids.Contains(p.PlaceId) || p.Admin1Id == placeId));
    }

    private PlaceCount Describe(string placeId, int events)
    {
        var place = gazetteer.Find(placeId);
        return place is null
            ? new PlaceCount(placeId, placeId, PlaceKind.Admin1, 0, 0, events)
            : new PlaceCount(place.Id, place.Name, place.Kind, place.Latitude, place.Longitude, events);
    }

    private static EventPlaceView ToView(EventPlaceRecord p, int sentenceStart, int sentenceLength)
    {
        // Mentions are stored as body offsets; the timeline highlights them inside the sentence.
        var start = Math.Clamp(p.MentionStart - sentenceStart, 0, sentenceLength);
        var end = Math.Clamp(p.MentionEnd - sentenceStart, start, sentenceLength);
        return new EventPlaceView(p.PlaceId, p.PlaceName, p.Kind, p.Admin1Id, p.Latitude, p.Longitude, p.Mention, start, end);
    }

    private static IEnumerable<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct();

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
