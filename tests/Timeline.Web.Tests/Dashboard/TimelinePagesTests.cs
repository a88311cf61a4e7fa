using Timeline.Core.Time;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Tests.Dashboard;

/// <summary>The virtualized timeline's page mapping over a keyset source that counts its calls.</summary>
public class TimelinePagesTests
{
    /// <summary>A keyset source over a list in timeline order, like the query service's.</summary>
    public sealed class ListSource(IReadOnlyList<EventView> events)
    {
        public List<EventCursor?> PageCalls { get; } = [];
        public List<int> SeekCalls { get; } = [];

        public TimelinePages Pages(int pageSize = 10, int maxPages = 4) => new(events.Count, Page, CursorBefore, pageSize, maxPages);

        private IReadOnlyList<EventView> Page(EventCursor? after, int limit)
        {
            PageCalls.Add(after);
            return events.Where(e => after is not { } c || e.Start > c.Start || (e.Start == c.Start && e.Id > c.Id)).Take(limit).ToList();
        }

        private EventCursor? CursorBefore(int index)
        {
            SeekCalls.Add(index);
            return index <= 0 || index > events.Count ? null : new EventCursor(events[index - 1].Start, events[index - 1].Id);
        }
    }

    public static EventView Event(int id, DateOnly day, DatePrecision precision = DatePrecision.Day) =>
        new(id, 1, day, precision == DatePrecision.Month ? day.AddMonths(1).AddDays(-1) : day, precision, DateBasis.Explicit,
            day.ToString("yyyy-MM-dd"), null, $"Sentence {id}.", "Source", null, new DateOnly(2025, 2, 25), []);

    /// <summary><paramref name="count"/> events, three per day from 1 Jan 2020, ids 1…count.</summary>
    private static List<EventView> Days(int count) =>
        Enumerable.Range(1, count).Select(i => Event(i, new DateOnly(2020, 1, 1).AddDays((i - 1) / 3))).ToList();

    [Fact]
    public void Items_FirstWindow_ReadsFirstPageOnly()
    {
        var source = new ListSource(Days(100));

        var items = source.Pages().Items(0, 8);

        Assert.Equal(Enumerable.Range(1, 8), items.Select(e => e.Event.Id));
        Assert.Equal(Enumerable.Range(0, 8), items.Select(e => e.Index));
        Assert.Equal([null], source.PageCalls);
        Assert.Empty(source.SeekCalls);
    }

    [Fact]
    public void Items_AcrossPageBoundary_ContinuesAfterLastEventOfPreviousPage()
    {
        var events = Days(100);
        var source = new ListSource(events);
        var pages = source.Pages(pageSize: 10);

        pages.Items(0, 10);
        var items = pages.Items(7, 6);

        Assert.Equal([8, 9, 10, 11, 12, 13], items.Select(e => e.Event.Id));
        Assert.Equal([null, new EventCursor(events[9].Start, 10)], source.PageCalls);
        Assert.Empty(source.SeekCalls);
    }

    [Fact]
    public void Items_FarJump_SeeksByOffsetInsteadOfWalkingPages()
    {
        var source = new ListSource(Days(100_000));
        var pages = source.Pages(pageSize: 40);

        var items = pages.Items(50_010, 10);

        Assert.Equal(Enumerable.Range(50_011, 10), items.Select(e => e.Event.Id));
        Assert.Equal([50_000], source.SeekCalls);
        Assert.Single(source.PageCalls);
    }

    [Fact]
    public void Items_ManyWindows_KeepsAtMostMaxPages()
    {
        var source = new ListSource(Days(1_000));
        var pages = source.Pages(pageSize: 10, maxPages: 3);

        for (var start = 0; start < 1_000; start += 7)
            pages.Items(start, 7);

        Assert.True(pages.CachedPages.Count <= 3, $"{pages.CachedPages.Count} pages cached");
        Assert.Empty(source.SeekCalls);
    }

    [Fact]
    public void Items_ScrollingBack_ReadsEvictedPageAgainByOffset()
    {
        var source = new ListSource(Days(1_000));
        var pages = source.Pages(pageSize: 10, maxPages: 2);
        for (var start = 0; start < 100; start += 10)
            pages.Items(start, 10);

        var items = pages.Items(25, 3);

        Assert.Equal([26, 27, 28], items.Select(e => e.Event.Id));
        Assert.Contains(20, source.SeekCalls);
    }

    [Fact]
    public void Items_DayHeadings_OnFirstEventOfEachDayEvenMidWindow()
    {
        var pages = new ListSource(Days(30)).Pages(pageSize: 10);

        var items = pages.Items(4, 5);

        // Events 5 and 6 share 2 January with event 4 (before the window): no heading; event 7 opens 3 January.
        Assert.Equal([null, null, "Friday 3 January 2020", null, null], items.Select(e => e.Heading));
        Assert.Equal("Wednesday 1 January 2020", pages.Items(0, 1)[0].Heading);
    }

    [Fact]
    public void Items_MonthEventBeforeDayOfSameStart_GetsItsOwnPeriodHeading()
    {
        var day = new DateOnly(2024, 12, 1);
        var pages = new ListSource([Event(1, day, DatePrecision.Month), Event(2, day), Event(3, day)]).Pages();

        Assert.Equal(["Dec 2024 (month only)", "Sunday 1 December 2024", null], pages.Items(0, 3).Select(e => e.Heading));
    }

    [Fact]
    public void Items_PastTheEnd_Clamped()
    {
        var pages = new ListSource(Days(12)).Pages(pageSize: 10);

        Assert.Equal([11, 12], pages.Items(10, 50).Select(e => e.Event.Id));
        Assert.Empty(pages.Items(40, 5));
    }

    [Fact]
    public void Find_EventShown_ReturnsItFromCache()
    {
        var pages = new ListSource(Days(30)).Pages(pageSize: 10);
        pages.Items(10, 5);

        Assert.Equal(12, pages.Find(12)?.Id);
        Assert.Null(pages.Find(29));
    }
}
