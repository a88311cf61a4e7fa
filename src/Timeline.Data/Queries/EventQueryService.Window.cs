using Microsoft.EntityFrameworkCore;

namespace Timeline.Data.Queries;

public sealed partial class EventQueryService
{
    /// <summary>
    /// The keyset cursor just before the event at <paramref name="index"/> (0-based, timeline order) of the filter's
    /// results, so that <see cref="Events"/> with <c>after</c> = this cursor starts at that index. Null for index 0 or
    /// an index past the end. Lets a virtualized timeline jump far ahead without walking every page before it: SQLite
    /// skips the rows inside the key index (OFFSET over the same ordered keys), reading no event row.
    /// </summary>
    public EventCursor? CursorBefore(EventFilter filter, int index)
    {
        if (index <= 0)
            return null;
        using var db = createContext();
        var key = EventFilters.Keys(db, filter)
            .OrderBy(k => k.Start).ThenBy(k => k.Id)
            .Skip(index - 1)
            .Select(k => new { k.Start, k.Id })
            .FirstOrDefault();
        return key is null ? null : new EventCursor(key.Start, key.Id);
    }

    /// <summary>
    /// Where the event sits in the filter's results (0-based, timeline order), or null when it does not match the
    /// filter or does not exist. Used to scroll the timeline to an event named in the URL.
    /// </summary>
    public int? IndexOf(EventFilter filter, int eventId)
    {
        using var db = createContext();
        var keys = EventFilters.Keys(db, filter);
        var key = keys.Where(k => k.Id == eventId).Select(k => new { k.Start, k.Id }).FirstOrDefault();
        if (key is null)
            return null;
        var (start, id) = (key.Start, key.Id);
        return keys.Count(k => k.Start < start || (k.Start == start && k.Id < id));
    }
}
