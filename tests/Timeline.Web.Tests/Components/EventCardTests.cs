using Bunit;
using Timeline.Core.Places;
using Timeline.Core.Time;
using Timeline.Data.Queries;
using Timeline.Web.Components.Dashboard;

namespace Timeline.Web.Tests.Components;

public class EventCardTests : ComponentTest
{
    private static EventView Event(string sentence, DatePrecision precision, DateBasis basis, string? dateText, params (int Start, int End, string Name)[] places) =>
        new(1, 1, new DateOnly(2025, 2, 24), precision == DatePrecision.Month ? new DateOnly(2025, 2, 28) : new DateOnly(2025, 2, 24),
            precision, basis, "2025-02-24", dateText, sentence, "News Desk - The Cradle", "Families leave Al-Hol", new DateOnly(2025, 2, 25),
            places.Select(p => new EventPlaceView("id:" + p.Name, p.Name, PlaceKind.Camp, "SY-HA", 36.4, 41.1, p.Name, p.Start, p.End)).ToList());

    [Fact]
    public void EventCard_RelativeDayEvent_ShowsDateAndBasis()
    {
        var cut = Context.Render<EventCard>(p => p.Add(c => c.Event,
            Event("Families left Al-Hol camp on Monday.", DatePrecision.Day, DateBasis.Relative, "on Monday")));

        var card = cut.Find("article[aria-label='Event, 24 Feb 2025']");
        Assert.Equal("24 Feb 2025", card.QuerySelector("time")!.TextContent);
        Assert.Contains("'on Monday', relative to publication (25 Feb 2025)", card.TextContent);
        Assert.DoesNotContain("only", card.TextContent);
    }

    [Fact]
    public void EventCard_MonthEvent_SaysMonthOnly()
    {
        var cut = Context.Render<EventCard>(p => p.Add(c => c.Event,
            Event("Fighting spread last month.", DatePrecision.Month, DateBasis.Relative, "last month")));

        var card = cut.Find("article");
        Assert.Equal("Feb 2025", card.QuerySelector("time")!.TextContent);
        Assert.Contains("month only", card.TextContent);
        Assert.Contains("event-coarse", card.ClassName);
    }

    [Fact]
    public void EventCard_PlaceMentions_AreHighlightedFromOffsets()
    {
        var cut = Context.Render<EventCard>(p => p.Add(c => c.Event,
            Event("Families left Al-Hol camp for Raqqa.", DatePrecision.Day, DateBasis.Publication, null, (14, 25, "Al-Hol camp"), (30, 35, "Raqqa"))));

        var marks = cut.FindAll("mark");
        Assert.Equal(["Al-Hol camp", "Raqqa"], marks.Select(m => m.TextContent));
        Assert.Equal("Families left Al-Hol camp for Raqqa.", cut.Find("p").TextContent);
    }

    [Fact]
    public void EventCard_SentenceWithMarkup_RendersItAsText()
    {
        var cut = Context.Render<EventCard>(p => p.Add(c => c.Event,
            Event("Talks <script>alert(1)</script> <b>went</b> on.", DatePrecision.Day, DateBasis.Publication, null)));

        Assert.Empty(cut.FindAll("p script"));
        Assert.Empty(cut.FindAll("p b"));
        Assert.Equal("Talks <script>alert(1)</script> <b>went</b> on.", cut.Find("p").TextContent);
    }

    [Fact]
    public void EventCard_Source_ShowsSourceTitleAndPublication()
    {
        var cut = Context.Render<EventCard>(p => p.Add(c => c.Event,
            Event("Talks went on.", DatePrecision.Day, DateBasis.Publication, null)));

        Assert.Contains("News Desk - The Cradle: Families leave Al-Hol, published 2025-02-25", cut.Find("article").TextContent);
    }

    [Fact]
    public void EventCard_Selected_IsCurrentAndOffersTheCloseButton()
    {
        var cut = Context.Render<EventCard>(p => p
            .Add(c => c.Event, Event("Talks went on.", DatePrecision.Day, DateBasis.Publication, null))
            .Add(c => c.Selected, true));

        Assert.Equal("true", cut.Find("article").GetAttribute("aria-current"));
        Assert.Contains("event-selected", cut.Find("article").ClassName);
        Assert.Single(cut.FindAll("article button[aria-label='Clear selected event']"));
    }

    [Fact]
    public void EventCard_NotSelected_HasNoCloseButton()
    {
        var cut = Context.Render<EventCard>(p => p.Add(c => c.Event, Event("Talks went on.", DatePrecision.Day, DateBasis.Publication, null)));

        Assert.Null(cut.Find("article").GetAttribute("aria-current"));
        Assert.DoesNotContain("event-selected", cut.Find("article").ClassName);
        Assert.Empty(cut.FindAll("button[aria-label='Clear selected event']"));
    }
}
