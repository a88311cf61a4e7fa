using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Data.Queries;

/// <summary>Translates an <see cref="EventFilter"/> into SQL; every value is a parameter.</summary>
internal static class EventFilters
{
    public static IQueryable<EventRecord> Apply(TimelineDbContext db, EventFilter filter)
    {
        var events = db.Events.AsNoTracking();
        // Overlap: the event's interval [DateStart, DateEnd] meets the range [From, To].
        if (filter.From is { } from)
            events = events.Where(e => e.DateEnd >= from);
        if (filter.To is { } to)
            events = events.Where(e => e.DateStart <= to);

        if (filter.Places.Count > 0)
        {
            // One indexed join through the precomputed hierarchy: the event has a place that lies within a chosen one.
            var ids = filter.Places.ToArray();
            events = events.Where(e => db.EventPlaces.Any(p => p.EventId == e.Id
                && db.PlaceAncestors.Any(a => a.PlaceId == p.PlaceId && ids.Contains(a.AncestorId))));
        }

        if (filter.Sources.Count > 0)
        {
            var sources = filter.Sources.ToArray();
            events = events.Where(e => sources.Contains(e.Article!.Source));
        }

        foreach (var word in Words(filter.Text))
        {
            var pattern = "%" + EscapeLike(word) + "%";
            events = events.Where(e => EF.Functions.Like(e.Sentence, pattern, "\\")
                || e.Places.Any(p => EF.Functions.Like(p.PlaceName, pattern, "\\") || EF.Functions.Like(p.Mention, pattern, "\\")));
        }
        return events;
    }

    /// <summary>Events strictly after the cursor in timeline order (start day, then id).</summary>
    public static IQueryable<EventRecord> After(IQueryable<EventRecord> events, EventCursor? after)
    {
        if (after is not { } cursor)
            return events;
        var (start, id) = (cursor.Start, cursor.Id);
        return events.Where(e => e.DateStart > start || (e.DateStart == start && e.Id > id));
    }

    private static IEnumerable<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct();

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
