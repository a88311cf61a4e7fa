using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Timeline.Data.Queries;
using Timeline.Web.Components.Dashboard;

namespace Timeline.Web.Tests.Components;

/// <summary>
/// The histogram on the test world's store: four events starting 26 Dec 2024, 27 Dec 2024, 1 Jan 2025 (a month event)
/// and 24 Feb 2025 — three months, so one bar per day.
/// </summary>
public class HistogramTests : ComponentTest
{
    private EventFilter? _reported;

    public HistogramTests() => UseTestStore();

    private IRenderedComponent<Histogram> Render(EventFilter filter) =>
        Context.Render<Histogram>(p => p
            .Add(c => c.Filter, filter)
            .Add(c => c.FilterChanged, (EventFilter f) => _reported = f));

    private static List<IElement> Bars(IRenderedComponent<Histogram> cut) =>
        cut.FindAll("[role='group'] button").ToList();

    private static IElement Bar(IRenderedComponent<Histogram> cut, string name) =>
        Bars(cut).Single(b => b.GetAttribute("aria-label") == name);

    private static int Index(IRenderedComponent<Histogram> cut, string name) => Bars(cut).IndexOf(Bar(cut, name));

    [Fact]
    public void Histogram_TestWorld_OneLabelledBarPerDayFromFirstToLastEvent()
    {
        var cut = Render(EventFilter.None);

        var bars = Bars(cut);
        Assert.Equal(61, bars.Count); // 26 Dec 2024 … 24 Feb 2025
        Assert.Equal("26 Dec 2024: 1 event", bars[0].GetAttribute("aria-label"));
        Assert.Equal("24 Feb 2025: 1 event", bars[^1].GetAttribute("aria-label"));
        Assert.Equal("28 Dec 2024: 0 events", bars[2].GetAttribute("aria-label"));
        Assert.Equal("Events per day", cut.Find("[role='group']").GetAttribute("aria-label"));
    }

    [Fact]
    public void Histogram_FilterWithDatesAndWords_CountsWordsOverTheWholeSpan()
    {
        var cut = Render(new EventFilter(new DateOnly(2025, 2, 1), null, Text: "Damascus"));

        // Dates are left out so the whole span can be brushed; words are kept: the two Damascus days.
        Assert.Equal(["26 Dec 2024: 1 event", "27 Dec 2024: 1 event"], Bars(cut).Select(b => b.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task Histogram_DraggedFromBarToBar_ReportsTheirDays()
    {
        var cut = Render(EventFilter.None);

        // The drag runs in the page (histogram.js, checked by the browser tests) and reports the bars it started and ended on.
        await cut.InvokeAsync(() => cut.Instance.Brushed(Index(cut, "1 Jan 2025: 1 event"), Index(cut, "27 Dec 2024: 1 event")));

        Assert.Equal(new EventFilter(new DateOnly(2024, 12, 27), new DateOnly(2025, 1, 1)), _reported);
    }

    [Fact]
    public async Task Histogram_DragEndsBeyondTheBars_ReportsNothing()
    {
        var cut = Render(EventFilter.None);

        await cut.InvokeAsync(() => cut.Instance.Brushed(0, 61));

        Assert.Null(_reported);
    }

    [Fact]
    public async Task Histogram_BarClickedThenShiftClicked_ReportsRangeBetweenThem()
    {
        var cut = Render(EventFilter.None);

        // Clicks are delegated to histogram.js (checked by the browser tests), which reports the bar and Shift.
        await cut.InvokeAsync(() => cut.Instance.BarClicked(Index(cut, "26 Dec 2024: 1 event"), shift: false));
        Assert.Equal(new EventFilter(new DateOnly(2024, 12, 26), new DateOnly(2024, 12, 26)), _reported);
        await cut.InvokeAsync(() => cut.Instance.BarClicked(Index(cut, "2 Jan 2025: 0 events"), shift: true));

        Assert.Equal(new EventFilter(new DateOnly(2024, 12, 26), new DateOnly(2025, 1, 2)), _reported);
    }

    [Fact]
    public void Histogram_RangeSet_MarksBarsInsideAndClearsIt()
    {
        var cut = Render(new EventFilter(new DateOnly(2024, 12, 27), new DateOnly(2024, 12, 28), Text: null));

        var pressed = Bars(cut).Where(b => b.GetAttribute("aria-pressed") == "true").Select(b => b.GetAttribute("aria-label"));
        Assert.Equal(["27 Dec 2024: 1 event", "28 Dec 2024: 0 events"], pressed);

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Clear range").Click();

        Assert.Equal(EventFilter.None, _reported);
    }

    [Fact]
    public void Histogram_NoRange_OffersNoClearRange()
    {
        var cut = Render(new EventFilter(Text: "camp"));

        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Clear range");
        Assert.All(Bars(cut), b => Assert.Equal("false", b.GetAttribute("aria-pressed")));
    }

    [Fact]
    public void Histogram_ArrowKeys_MoveTheSingleTabStop()
    {
        var cut = Render(EventFilter.None);
        Assert.Equal(0, Bars(cut).FindIndex(b => b.GetAttribute("tabindex") == "0"));

        cut.Find("[role='group']").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        cut.Find("[role='group']").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        Assert.Equal(2, Bars(cut).FindIndex(b => b.GetAttribute("tabindex") == "0"));

        cut.Find("[role='group']").KeyDown(new KeyboardEventArgs { Key = "End" });
        Assert.Equal(60, Bars(cut).FindIndex(b => b.GetAttribute("tabindex") == "0"));
    }
}
