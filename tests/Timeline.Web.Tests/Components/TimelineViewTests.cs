using Bunit;
using Timeline.Core.Time;
using Timeline.Data.Queries;
using Timeline.Web.Components.Dashboard;

namespace Timeline.Web.Tests.Components;

public class TimelineViewTests : ComponentTest
{
    private static EventView Event(int id, string day, DatePrecision precision = DatePrecision.Day) =>
        new(id, 1, DateOnly.Parse(day), precision == DatePrecision.Month ? DateOnly.Parse(day).AddMonths(1).AddDays(-1) : DateOnly.Parse(day),
            precision, DateBasis.Explicit, day, null, $"Sentence {id}.", "Source", null, new DateOnly(2025, 2, 25), []);

    [Fact]
    public void TimelineView_EventsOnTwoDays_GroupsThemUnderDayHeadings()
    {
        var cut = Context.Render<TimelineView>(p => p
            .Add(c => c.Events, [Event(1, "2024-12-26"), Event(2, "2024-12-26"), Event(3, "2025-02-24")])
            .Add(c => c.Total, 3));

        var headings = cut.FindAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Thursday 26 December 2024", "Monday 24 February 2025"], headings);
        Assert.Equal(2, cut.Find("section[aria-label='Thursday 26 December 2024']").QuerySelectorAll("article").Length);
        Assert.Contains("3 events", cut.Find("section[aria-label='Timeline']").TextContent);
    }

    [Fact]
    public void TimelineView_MonthEvent_HasItsOwnPeriodHeading()
    {
        var cut = Context.Render<TimelineView>(p => p
            .Add(c => c.Events, [Event(1, "2024-12-01", DatePrecision.Month), Event(2, "2024-12-01")])
            .Add(c => c.Total, 2));

        Assert.Equal(["Dec 2024 (month only)", "Sunday 1 December 2024"], cut.FindAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public void TimelineView_NoEvents_SaysSo()
    {
        var cut = Context.Render<TimelineView>(p => p.Add(c => c.Events, []));

        Assert.Contains("No events match this view.", cut.Find("section[aria-label='Timeline']").TextContent);
    }

    [Fact]
    public void TimelineView_CappedList_SaysHowManyMatch()
    {
        var cut = Context.Render<TimelineView>(p => p.Add(c => c.Events, [Event(1, "2024-12-26")]).Add(c => c.Total, 900));

        Assert.Contains("Showing the first 1 of 900 events", cut.Markup);
    }
}
