using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Data.Queries;

/// <summary>The timeline key of a matching event, taken from the index that found it.</summary>
internal sealed class EventKey
{
    public DateOnly Start { get; init; }
    public int Id { get; init; }
}

/// <summary>Translates an <see cref="EventFilter"/> into SQL; every value is a parameter.</summary>
internal static class EventFilters
{
    /// <summary>
    /// The keys (start day, id) of the matching events. With places, they come from one range of the
    /// <c>event_ancestors</c> index (AncestorId, DateStart, EventId), already in timeline order, so a region's first
    /// page reads only that page; the events table is joined only when the filter needs a column of it (from, words,
    /// sources), so a region's count or histogram is a covering index range.
    /// </summary>
    public static IQueryable<EventKey> Keys(TimelineDbContext db, EventFilter filter)
    {
        var words = Words(filter.Text).ToList();
        var needsEvent = filter.From is not null || filter.Sources.Count > 0 || words.Count > 0;
        var events = db.Events.AsNoTracking();
        // Overlap: the event's interval [DateStart, DateEnd] meets the range [From, To] (To is applied to the key).
        if (filter.From is { } from)
            events = events.Where(e => e.DateEnd >= from);
        if (filter.Sources.Count > 0)
        {
            var sources = filter.Sources.ToArray();
            events = events.Where(e => sources.Contains(e.Article!.Source));
        }
        foreach (var word in words)
        {
            var pattern = "%" + EscapeLike(word) + "%";
            events = events.Where(e => EF.Functions.Like(e.Sentence, pattern, "\\")
                || e.Places.Any(p => EF.Functions.Like(p.PlaceName, pattern, "\\") || EF.Functions.Like(p.Mention, pattern, "\\")));
        }

        IQueryable<EventKey> keys;
        if (filter.Places.Count == 0)
        {
            keys = events.Select(e => new EventKey { Start = e.DateStart, Id = e.Id });
        }
        else
        {
            var ancestors = db.EventAncestors.AsNoTracking();
            if (filter.Places.Count == 1)
            {
                var id = filter.Places[0];
                ancestors = ancestors.Where(x => x.AncestorId == id);
            }
            else
            {
                // An event inside two chosen places counts once: keep its row of the first chosen place (by id).
                var ids = filter.Places.ToArray();
                ancestors = ancestors.Where(x => ids.Contains(x.AncestorId)
                    && !db.EventAncestors.Any(y => y.EventId == x.EventId && ids.Contains(y.AncestorId) && string.Compare(y.AncestorId, x.AncestorId) < 0));
            }
            keys = needsEvent
                ? ancestors.Join(events, x => x.EventId, e => e.Id, (x, e) => new EventKey { Start = x.DateStart, Id = x.EventId })
                : ancestors.Select(x => new EventKey { Start = x.DateStart, Id = x.EventId });
        }
        if (filter.To is { } to)
            keys = keys.Where(k => k.Start <= to);
        if (filter.From is { } first)
        {
            // A lower bound on the start day for the index ranges (otherwise every event before the range is read and
            // rejected by its end day): events starting before `from` match only when they span it, and date_counts
            // lists every distinct interval, so the earliest start among those spanning `from` is exact.
            var earliest = db.DateCounts.Where(c => c.Source == "" && c.Start < first && c.End >= first).Min(c => (DateOnly?)c.Start) ?? first;
            keys = keys.Where(k => k.Start >= earliest);
        }
        return keys;
    }

    /// <summary>Events strictly after the cursor in timeline order (start day, then id).</summary>
    public static IQueryable<EventKey> After(IQueryable<EventKey> keys, EventCursor? after)
    {
        if (after is not { } cursor)
            return keys;
        var (start, id) = (cursor.Start, cursor.Id);
        return keys.Where(k => k.Start > start || (k.Start == start && k.Id > id));
    }

    private static IEnumerable<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct();

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
