using AngleSharp.Dom;
using Bunit;
using Timeline.Data.Queries;
using Timeline.Web.Components.Dashboard;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Components;

public class FilterBarTests : ComponentTest
{
    private EventFilter? _reported;

    private IRenderedComponent<FilterBar> Render(EventFilter filter) =>
        Context.Render<FilterBar>(p => p
            .Add(c => c.Filter, filter)
            .Add(c => c.FilterChanged, (EventFilter f) => _reported = f));

    private static IElement InputLabelled(IRenderedComponent<FilterBar> cut, string label)
    {
        var element = cut.FindAll("label").First(l => l.TextContent.Trim() == label);
        return cut.Find($"#{element.GetAttribute("for")}");
    }

    [Fact]
    public void FilterBar_TextEntered_ReportsFilterWithText()
    {
        var cut = Render(new EventFilter(From: new DateOnly(2025, 1, 1)));

        InputLabelled(cut, "Search text").Change("  prison  ");

        Assert.Equal(new EventFilter(From: new DateOnly(2025, 1, 1), Text: "prison"), _reported);
    }

    [Fact]
    public void FilterBar_ActiveFilter_ShowsItsValues()
    {
        var cut = Render(new EventFilter(new DateOnly(2024, 12, 1), new DateOnly(2025, 2, 28), [TestWorld.Hasakah], "camp"));

        Assert.Equal("2024-12-01", InputLabelled(cut, "From").GetAttribute("value"));
        Assert.Equal("2025-02-28", InputLabelled(cut, "To").GetAttribute("value"));
        Assert.Equal("Al-Hasakah", InputLabelled(cut, "Place").GetAttribute("value"));
        Assert.Equal("camp", InputLabelled(cut, "Search text").GetAttribute("value"));
    }

    [Fact]
    public void FilterBar_ClearClicked_ReportsEmptyFilter()
    {
        var cut = Render(new EventFilter(Places: [TestWorld.Hasakah], Text: "camp"));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Clear filters").Click();

        Assert.Equal(EventFilter.None, _reported);
    }

    [Fact]
    public void FilterBar_EmptyFilter_OffersNoClearButton()
    {
        var cut = Render(EventFilter.None);

        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Clear filters");
    }
}
