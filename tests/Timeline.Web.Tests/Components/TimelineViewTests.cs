using Bunit;
using Microsoft.AspNetCore.Components;
using Timeline.Core.Time;
using Timeline.Data.Queries;
using Timeline.Web.Components.Dashboard;
using Timeline.Web.Dashboard;
using Timeline.Web.Tests.Dashboard;

namespace Timeline.Web.Tests.Components;

/// <summary>The timeline as prerendered (not yet interactive): the first cards as a plain list with the same headings.</summary>
public class TimelineViewTests : ComponentTest
{
    public TimelineViewTests() => Context.SetRendererInfo(new RendererInfo("Static", isInteractive: false));

    private static EventView Event(int id, string day, DatePrecision precision = DatePrecision.Day) =>
        TimelinePagesTests.Event(id, DateOnly.Parse(day), precision);

    private IRenderedComponent<TimelineView> Render(IReadOnlyList<EventView> events, int? selected = null, Action<EventView>? onSelect = null, Action? onClear = null) =>
        Context.Render<TimelineView>(p => p
            .Add(c => c.Pages, new TimelinePagesTests.ListSource(events).Pages())
            .Add(c => c.SelectedEventId, selected)
            .Add(c => c.EventSelected, onSelect ?? (_ => { }))
            .Add(c => c.SelectionCleared, onClear ?? (() => { })));

    [Fact]
    public void TimelineView_EventsOnTwoDays_HeadingOpensFirstCardOfEachDay()
    {
        var cut = Render([Event(1, "2024-12-26"), Event(2, "2024-12-26"), Event(3, "2025-02-24")]);

        Assert.Equal(["Thursday 26 December 2024", "Monday 24 February 2025"], cut.FindAll("h2").Select(h => h.TextContent));
        Assert.Equal(3, cut.FindAll("article").Count);
        Assert.Contains("3 events", cut.Find("section[aria-label='Timeline']").TextContent);
    }

    [Fact]
    public void TimelineView_MonthEvent_HasItsOwnPeriodHeading()
    {
        var cut = Render([Event(1, "2024-12-01", DatePrecision.Month), Event(2, "2024-12-01")]);

        Assert.Equal(["Dec 2024 (month only)", "Sunday 1 December 2024"], cut.FindAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public void TimelineView_NoEvents_SaysSo()
    {
        var cut = Render([]);

        Assert.Contains("No events match this view.", cut.Find("section[aria-label='Timeline']").TextContent);
    }

    [Fact]
    public void TimelineView_ManyEvents_PrerendersFirstCardsAndSaysTotal()
    {
        var cut = Render(Enumerable.Range(1, 900).Select(i => Event(i, "2024-12-26")).ToList());

        Assert.Equal(TimelineView.StaticCount, cut.FindAll("article").Count);
        Assert.Contains("900 events", cut.Markup);
    }

    [Fact]
    public void TimelineView_SelectedEvent_IsMarkedCurrent()
    {
        var cut = Render([Event(1, "2024-12-26"), Event(2, "2024-12-27")], selected: 2);

        var current = cut.FindAll("article[aria-current='true']");
        Assert.Equal("Sentence 2.", Assert.Single(current).QuerySelector("p")!.TextContent);
    }

    [Fact]
    public async Task TimelineView_CardSelected_ReportsItsEventOnce()
    {
        var reported = new List<int>();
        var cut = Render([Event(1, "2024-12-26"), Event(2, "2024-12-27")], selected: 1, onSelect: e => reported.Add(e.Id));

        // Clicks and Enter on a card are delegated to timeline.js (checked by the browser tests), which reports the card's
        // event id; the selected card again, or an id no longer in the list, reports nothing.
        await cut.InvokeAsync(() => cut.Instance.Select(2));
        await cut.InvokeAsync(() => cut.Instance.Select(1));
        await cut.InvokeAsync(() => cut.Instance.Select(99));

        Assert.Equal([2], reported);
    }

    [Fact]
    public async Task TimelineView_Clear_ReportsOnlyWithASelection()
    {
        var cleared = 0;
        var selected = Render([Event(1, "2024-12-26")], selected: 1, onClear: () => cleared++);
        var none = Render([Event(1, "2024-12-26")], onClear: () => cleared++);

        await selected.InvokeAsync(() => selected.Instance.Clear());
        await none.InvokeAsync(() => none.Instance.Clear());

        Assert.Equal(1, cleared);
    }
}
