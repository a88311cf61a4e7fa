using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Data.Queries;

/// <summary>A matching event with its timeline key, taken from the index that found it.</summary>
internal sealed class EventRow
{
    public required EventRecord Event { get; init; }
    public DateOnly Start { get; init; }
    public int Id { get; init; }
}

/// <summary>Translates an <see cref="EventFilter"/> into SQL; every value is a parameter.</summary>
internal static class EventFilters
{
    /// <summary>
    /// The matching events keyed by (start day, id). With places, the rows come from one range of the
    /// <c>event_ancestors</c> index (AncestorId, DateStart, EventId), so a region's first page reads only that page;
    /// the key is then the index's, which lets SQLite return them in order without sorting.
    /// </summary>
    public static IQueryable<EventRow> Apply(TimelineDbContext db, EventFilter filter)
    {
        var events = db.Events.AsNoTracking();
        // Overlap: the event's interval [DateStart, DateEnd] meets the range [From, To].
        if (filter.From is { } from)
            events = events.Where(e => e.DateEnd >= from);
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

        IQueryable<EventRow> rows;
        if (filter.Places.Count == 0)
        {
            rows = events.Select(e => new EventRow { Event = e, Start = e.DateStart, Id = e.Id });
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
            rows = ancestors.Join(events, x => x.EventId, e => e.Id, (x, e) => new EventRow { Event = e, Start = x.DateStart, Id = x.EventId });
        }
        if (filter.To is { } to)
            rows = rows.Where(r => r.Start <= to);
        return rows;
    }

    /// <summary>Events strictly after the cursor in timeline order (start day, then id).</summary>
    public static IQueryable<EventRow> After(IQueryable<EventRow> rows, EventCursor? after)
    {
        if (after is not { } cursor)
            return rows;
        var (start, id) = (cursor.Start, cursor.Id);
        return rows.Where(r => r.Start > start || (r.Start == start && r.Id > id));
    }

    private static IEnumerable<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct();

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
