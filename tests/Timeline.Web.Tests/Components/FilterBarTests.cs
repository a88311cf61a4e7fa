using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
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

    /// <summary>The place search runs after a pause in typing, off the test's thread: wait for it generously.</summary>
    private static readonly TimeSpan SearchWait = TimeSpan.FromSeconds(10);

    private static List<IElement> Options(IRenderedComponent<FilterBar> cut, string listbox) =>
        cut.FindAll($"ul[role='listbox'][aria-label='{listbox}'] li[role='option']").ToList();

    [Fact]
    public async Task FilterBar_PlaceChosen_AddsItToThePlaces()
    {
        var cut = Render(new EventFilter(Places: [TestWorld.Hasakah]));

        InputLabelled(cut, "Add place").Input("Dama");
        cut.WaitForAssertion(() => Assert.NotEmpty(Options(cut, "Places")), SearchWait);
        var option = Options(cut, "Places").First(o => o.TextContent.StartsWith("Damascus (admin1", StringComparison.Ordinal));
        await option.MouseDownAsync(new());

        Assert.Equal(new EventFilter(Places: [TestWorld.Hasakah, TestWorld.Damascus]), _reported);
        // The list closes; that the box is empty and keeps the focus for the next place is checked in the browser.
        Assert.Empty(Options(cut, "Places"));
    }

    [Fact]
    public void FilterBar_PlaceAlreadyChosen_NotOfferedAgain()
    {
        var cut = Render(new EventFilter(Places: [TestWorld.Damascus]));

        InputLabelled(cut, "Add place").Input("Dama");

        // Damascus city is offered, the chosen governorate is not.
        cut.WaitForAssertion(() => Assert.Equal(["Damascus (city, Damascus)"], Options(cut, "Places").Select(o => o.TextContent.Trim())), SearchWait);
    }

    [Fact]
    public void FilterBar_PlaceKeys_ArrowsMoveTheActiveOptionAndEnterAddsIt()
    {
        var cut = Render(EventFilter.None);
        var input = InputLabelled(cut, "Add place");

        input.Input("Dama");
        cut.WaitForAssertion(() => Assert.Equal(2, Options(cut, "Places").Count), SearchWait);
        Assert.Equal("true", InputLabelled(cut, "Add place").GetAttribute("aria-expanded"));
        var first = Options(cut, "Places")[0];
        Assert.Equal(first.Id, InputLabelled(cut, "Add place").GetAttribute("aria-activedescendant"));

        InputLabelled(cut, "Add place").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        var second = Options(cut, "Places")[1];
        Assert.Equal("true", second.GetAttribute("aria-selected"));
        Assert.Equal(second.Id, InputLabelled(cut, "Add place").GetAttribute("aria-activedescendant"));
        InputLabelled(cut, "Add place").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        // Larger units come first: the governorate, then the city.
        Assert.StartsWith("Damascus (city", second.TextContent);
        Assert.Equal(new EventFilter(Places: [TestWorld.DamascusCity]), _reported);
    }

    [Fact]
    public void FilterBar_PlaceEscape_ClosesTheListWithoutAdding()
    {
        var cut = Render(EventFilter.None);

        InputLabelled(cut, "Add place").Input("Dama");
        cut.WaitForAssertion(() => Assert.NotEmpty(Options(cut, "Places")), SearchWait);
        InputLabelled(cut, "Add place").KeyDown(new KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(Options(cut, "Places"));
        Assert.Equal("false", InputLabelled(cut, "Add place").GetAttribute("aria-expanded"));
        Assert.Null(_reported);
    }

    [Fact]
    public void FilterBar_OneLetter_OffersNothing()
    {
        var cut = Render(EventFilter.None);

        InputLabelled(cut, "Add place").Input("D");

        // The search waits for a pause in typing; after it, one letter still offers nothing.
        Thread.Sleep(FilterBar.PlaceSearchDelayMs * 3);
        cut.WaitForAssertion(() => Assert.Empty(Options(cut, "Places")));
        Assert.Equal("false", InputLabelled(cut, "Add place").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void FilterBar_DateChanged_ReportsTheRangeAndClearedDateRemovesIt()
    {
        var cut = Render(new EventFilter(To: new DateOnly(2025, 2, 28)));

        InputLabelled(cut, "From").Change("2024-12-01");
        Assert.Equal(new EventFilter(new DateOnly(2024, 12, 1), new DateOnly(2025, 2, 28)), _reported);

        InputLabelled(cut, "To").Change("");
        Assert.Equal(EventFilter.None, _reported);
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
        var cut = Render(new EventFilter(Text: "camp"));
        var button = cut.Find("button[aria-haspopup='listbox']");
        Assert.Equal("Source", cut.Find($"#{button.GetAttribute("aria-labelledby")}").TextContent.Trim());
        Assert.Equal("All sources", cut.Find($"#{button.GetAttribute("aria-describedby")}").TextContent.Trim());
        Assert.Empty(Options(cut, "Sources"));

        button.Click();
        var items = Options(cut, "Sources");
        Assert.Equal(["News Desk - The Cradle", "Reuters"], items.Select(i => i.TextContent.Trim()));
        Assert.All(items, i => Assert.Equal("false", i.GetAttribute("aria-selected")));
        items.Single(i => i.TextContent.Trim() == "Reuters").Click();

        Assert.Equal(new EventFilter(Text: "camp", Sources: ["Reuters"]), _reported);
    }

    [Fact]
    public void FilterBar_ChosenSource_IsTickedAndEnterRemovesIt()
    {
        var cut = Render(new EventFilter(Sources: ["Reuters", "Gone Agency"]));
        Assert.Equal("Reuters, Gone Agency", cut.Find("#filter-source-value").TextContent.Trim());

        cut.Find("button[aria-haspopup='listbox']").Click();
        Assert.Equal("true", cut.Find("button[aria-haspopup='listbox']").GetAttribute("aria-expanded"));
        // A source named in the URL but not in the store stays in the list, chosen.
        var chosen = Options(cut, "Sources").Where(i => i.GetAttribute("aria-selected") == "true").Select(i => i.TextContent.Trim());
        Assert.Equal(["Reuters", "Gone Agency"], chosen);
        Options(cut, "Sources").Single(i => i.TextContent.Trim() == "Reuters").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal(new EventFilter(Sources: ["Gone Agency"]), _reported);
    }

    [Fact]
    public void FilterBar_SourceListClickedOutside_Closes()
    {
        var cut = Render(EventFilter.None);
        cut.Find("button[aria-haspopup='listbox']").Click();
        Assert.NotEmpty(Options(cut, "Sources"));

        cut.Find(".filter-backdrop").Click();

        Assert.Empty(Options(cut, "Sources"));
        Assert.Equal("false", cut.Find("button[aria-haspopup='listbox']").GetAttribute("aria-expanded"));
        Assert.Null(_reported);
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
