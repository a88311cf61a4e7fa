using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using Timeline.Data.Queries;
using Timeline.Web.Components.Dashboard;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Components;

/// <summary>The filter bar on the test world's store (its sources come from there).</summary>
public class FilterBarTests : ComponentTest
{
    private EventFilter? _reported;

    public FilterBarTests() => UseTestStore();

    private IRenderedComponent<FilterBar> Render(EventFilter filter) =>
        Context.Render<FilterBar>(p => p
            .Add(c => c.Filter, filter)
            .Add(c => c.FilterChanged, (EventFilter f) => _reported = f));

    private static IElement InputLabelled(IRenderedComponent<FilterBar> cut, string label)
    {
        var element = cut.FindAll("label").First(l => l.TextContent.Trim() == label);
        return cut.Find($"#{element.GetAttribute("for")}");
    }

    private static IElement ButtonNamed(IRenderedComponent<FilterBar> cut, string name) =>
        cut.FindAll("button").Single(b => (b.GetAttribute("aria-label") ?? b.TextContent.Trim()) == name);

    private static List<string> Chips(IRenderedComponent<FilterBar> cut) =>
        cut.FindAll("ul[aria-label='Active filters'] li").Select(li => li.QuerySelector(".filter-chip-text")!.TextContent).ToList();

    [Fact]
    public void FilterBar_TextEntered_ReportsFilterWithText()
    {
        var cut = Render(new EventFilter(From: new DateOnly(2025, 1, 1)));

        InputLabelled(cut, "Search text").Change("  prison  ");

        Assert.Equal(new EventFilter(From: new DateOnly(2025, 1, 1), Text: "prison"), _reported);
    }

    [Fact]
    public void FilterBar_ActiveFilter_ShowsValuesAndChips()
    {
        var cut = Render(new EventFilter(new DateOnly(2024, 12, 1), new DateOnly(2025, 2, 28), [TestWorld.Hasakah, TestWorld.Damascus], "camp",
            ["Reuters"]));

        Assert.Equal("2024-12-01", InputLabelled(cut, "From").GetAttribute("value"));
        Assert.Equal("2025-02-28", InputLabelled(cut, "To").GetAttribute("value"));
        Assert.Equal("camp", InputLabelled(cut, "Search text").GetAttribute("value"));
        Assert.Equal(["From 2024-12-01", "To 2025-02-28", "Al-Hasakah", "Damascus", "\u201ccamp\u201d", "Source: Reuters"], Chips(cut));
    }

    [Fact]
    public async Task FilterBar_PlaceChosen_AddsItToThePlaces()
    {
        var popover = Context.Render<MudPopoverProvider>();
        var cut = Render(new EventFilter(Places: [TestWorld.Hasakah]));

        InputLabelled(cut, "Add place").Input("Dama");
        var option = popover.WaitForElement(".mud-list-item");
        Assert.Contains("Damascus (admin1", option.TextContent);
        await option.ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(new EventFilter(Places: [TestWorld.Hasakah, TestWorld.Damascus]), _reported));
    }

    [Fact]
    public void FilterBar_PlaceAlreadyChosen_NotOfferedAgain()
    {
        var popover = Context.Render<MudPopoverProvider>();
        var cut = Render(new EventFilter(Places: [TestWorld.Damascus]));

        InputLabelled(cut, "Add place").Input("Dama");

        // Damascus city is offered, the chosen governorate is not.
        var options = popover.WaitForElements(".mud-list-item");
        Assert.Equal(["Damascus (city, Damascus)"], options.Select(o => o.TextContent.Trim()));
    }

    [Fact]
    public void FilterBar_PlaceChipRemoved_ReportsFilterWithoutIt()
    {
        var cut = Render(new EventFilter(Places: [TestWorld.Hasakah, TestWorld.Damascus], Text: "camp"));

        ButtonNamed(cut, "Remove Damascus").Click();

        Assert.Equal(new EventFilter(Places: [TestWorld.Hasakah], Text: "camp"), _reported);
    }

    [Fact]
    public void FilterBar_SourceChosen_ReportsFilterWithSource()
    {
        var popover = Context.Render<MudPopoverProvider>();
        var cut = Render(new EventFilter(Text: "camp"));

        cut.Find(".filter-source .mud-input-control-input-container").MouseDown();
        var items = popover.WaitForElements(".mud-list-item");
        Assert.Equal(["News Desk - The Cradle", "Reuters"], items.Select(i => i.TextContent.Trim()));
        items.Single(i => i.TextContent.Trim() == "Reuters").Click();

        Assert.Equal(new EventFilter(Text: "camp", Sources: ["Reuters"]), _reported);
    }

    [Fact]
    public void FilterBar_CopyLinkClicked_CopiesThroughClipboardModuleAndSaysSo()
    {
        var snackbars = Context.Render<MudSnackbarProvider>();
        var module = Context.JSInterop.SetupModule("./js/clipboard.js");
        module.Setup<FilterBar.CopiedLink?>("copyLink").SetResult(new FilterBar.CopiedLink("http://localhost/?place=SY-HA", true));
        var cut = Render(new EventFilter(Places: [TestWorld.Hasakah]));

        ButtonNamed(cut, "Copy link").Click();

        module.VerifyInvoke("copyLink");
        snackbars.WaitForAssertion(() => Assert.Contains("Link copied", snackbars.Markup));
    }

    [Fact]
    public void FilterBar_ClipboardRefuses_ShowsTheLinkInstead()
    {
        var snackbars = Context.Render<MudSnackbarProvider>();
        var module = Context.JSInterop.SetupModule("./js/clipboard.js");
        module.Setup<FilterBar.CopiedLink?>("copyLink").SetResult(new FilterBar.CopiedLink("http://example.org/?q=camp", false));
        var cut = Render(new EventFilter(Text: "camp"));

        ButtonNamed(cut, "Copy link").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("the link is http://example.org/?q=camp", snackbars.Markup));
    }

    [Fact]
    public void FilterBar_ClearClicked_ReportsEmptyFilter()
    {
        var cut = Render(new EventFilter(Places: [TestWorld.Hasakah], Text: "camp"));

        ButtonNamed(cut, "Clear filters").Click();

        Assert.Equal(EventFilter.None, _reported);
    }

    [Fact]
    public void FilterBar_EmptyFilter_OffersNoClearButtonAndNoChips()
    {
        var cut = Render(EventFilter.None);

        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Clear filters");
        Assert.Empty(Chips(cut));
    }
}
