using Timeline.Data.Queries;

namespace Timeline.Web.Dashboard;

/// <summary>One row of the virtualized timeline: its position, the event, and the day (or period) heading it starts, if any.</summary>
public sealed record TimelineEntry(int Index, EventView Event, string? Heading);

/// <summary>
/// Serves a virtualized timeline's (start index, count) requests from keyset pages of the query service. Pages of
/// <see cref="PageSize"/> events are cached by page number; page k is read after the last event of page k-1 when that
/// page is cached (a keyset seek), otherwise after the cursor found by an offset over the key index (a jump: dragging
/// the scrollbar to the middle of 100,000 events reads one page, not the thousand before it). At most
/// <see cref="MaxPages"/> pages are kept (least recently used go first), so a circuit holds a few hundred events at most.
/// Not thread-safe: one per timeline, used from the circuit's renderer.
/// </summary>
public sealed class TimelinePages
{
    public const int DefaultPageSize = 40;
    public const int DefaultMaxPages = 4;

    private readonly Func<EventCursor?, int, IReadOnlyList<EventView>> _page;
    private readonly Func<int, EventCursor?> _cursorBefore;
    private readonly Dictionary<int, IReadOnlyList<EventView>> _pages = [];
    private readonly LinkedList<int> _recent = new();

    /// <param name="total">How many events match; the list's length.</param>
    /// <param name="page">Events strictly after a cursor (null: from the start), at most the given count, in timeline order.</param>
    /// <param name="cursorBefore">The cursor just before an index (the offset query), for pages whose predecessor is not cached.</param>
    public TimelinePages(int total, Func<EventCursor?, int, IReadOnlyList<EventView>> page, Func<int, EventCursor?> cursorBefore,
        int pageSize = DefaultPageSize, int maxPages = DefaultMaxPages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPages, 2);
        Total = total;
        PageSize = pageSize;
        MaxPages = maxPages;
        _page = page;
        _cursorBefore = cursorBefore;
    }

    /// <summary>
    /// The timeline of <paramref name="filter"/> at a store version over the shared views: the pages are shared with
    /// every circuit showing the same filter, this instance only remembers which ones it uses.
    /// </summary>
    public static TimelinePages For(DashboardViews views, int version, EventFilter filter) =>
        new(views.Count(version, filter), (after, limit) => views.Events(version, filter, after, limit),
            index => views.CursorBefore(version, filter, index));

    /// <summary>An empty timeline.</summary>
    public static TimelinePages Empty { get; } = new(0, (_, _) => [], _ => null);

    public int Total { get; }

    public int PageSize { get; }

    public int MaxPages { get; }

    /// <summary>Page numbers currently cached, for tests and diagnostics.</summary>
    public IReadOnlyCollection<int> CachedPages => _pages.Keys;

    /// <summary>
    /// Entries <paramref name="start"/> … <paramref name="start"/> + <paramref name="count"/> - 1 (clamped to the list),
    /// each with the heading it starts. Fewer when the store changed underneath and the list ended early.
    /// </summary>
    public IReadOnlyList<TimelineEntry> Items(int start, int count)
    {
        start = Math.Clamp(start, 0, Total);
        var end = (int)Math.Min(Total, (long)start + Math.Max(0, count));
        var entries = new List<TimelineEntry>(end - start);
        var previous = start > 0 ? EventAt(start - 1) : null;
        for (var i = start; i < end; i++)
        {
            if (EventAt(i) is not { } e)
                break;
            entries.Add(new TimelineEntry(i, e, TimelineGroups.HeadingAbove(previous, e)));
            previous = e;
        }
        return entries;
    }

    /// <summary>A cached event by id (one the timeline has shown recently), or null.</summary>
    public EventView? Find(int eventId)
    {
        foreach (var page in _pages.Values)
            foreach (var e in page)
                if (e.Id == eventId)
                    return e;
        return null;
    }

    private EventView? EventAt(int index)
    {
        var page = Page(index / PageSize);
        var offset = index % PageSize;
        return offset < page.Count ? page[offset] : null;
    }

    private IReadOnlyList<EventView> Page(int number)
    {
        if (_pages.TryGetValue(number, out var cached))
        {
            _recent.Remove(number);
            _recent.AddFirst(number);
            return cached;
        }
        IReadOnlyList<EventView> page;
        if (number == 0)
            page = _page(null, PageSize);
        else if (_pages.TryGetValue(number - 1, out var before) && before.Count == PageSize)
            page = _page(new EventCursor(before[^1].Start, before[^1].Id), PageSize);
        else
            page = _cursorBefore(number * PageSize) is { } cursor ? _page(cursor, PageSize) : [];

        _pages[number] = page;
        _recent.AddFirst(number);
        while (_pages.Count > MaxPages && _recent.Last is { } oldest)
        {
            _recent.RemoveLast();
            _pages.Remove(oldest.Value);
        }
        return page;
    }
}
