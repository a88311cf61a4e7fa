using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Timeline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Timeline.Browser.Tests.MapPage;

namespace Timeline.Browser.Tests;

/// <summary>The dashboard on the hand-made test world: the UI mechanics, independent of the extractor.</summary>
public sealed class DashboardTests() : BrowserSession(TimelineApp.Synthetic)
{
    [Fact]
    public async Task Dashboard_Opened_ShowsEventsAndMap()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");

        await Expect(Events(page)).ToHaveCountAsync(4);
        await Expect(Timeline(page)).ToContainTextAsync("Hundreds of families left Al-Hol camp on Monday.");
        await Expect(Timeline(page)).ToContainTextAsync("month only");
        await Expect(Map(page).GetByRole(AriaRole.Button, new() { Name = "Al-Hol camp" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "dashboard-test-world.png") });
    }

    [Fact]
    public async Task MapRegion_HasakahClicked_FiltersTimelineToItAndSetsUrl()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");

        // Click inside the region near its corner, as a person would, not on the camp's marker at its centre.
        await Map(page).GetByRole(AriaRole.Button, new() { Name = "Al-Hasakah", Exact = true })
            .ClickAsync(new() { Position = new() { X = 12, Y = 12 } });

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]place=SY-HA(&|$)"));
        await Expect(Events(page)).ToHaveCountAsync(2);
        await Expect(Timeline(page)).ToContainTextAsync("Al-Hol camp");
        await Expect(Timeline(page)).Not.ToContainTextAsync("Damascus");
    }

    [Fact]
    public async Task MapRegion_Hovered_NamesItsCountAndOutlinesIt()
    {
        // Filtered to Damascus, so Al-Hasakah is neither selected nor outlined as a place of the events in view; the map's
        // counts leave the place filter out, so it keeps its two events.
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/?place=SY-DI", "Al-Hasakah");
        var hasakah = Map(page).GetByRole(AriaRole.Button, new() { Name = "Al-Hasakah", Exact = true });
        await Expect(hasakah).Not.ToHaveAttributeAsync("aria-current", "true");
        var stroke = await hasakah.GetAttributeAsync("stroke");

        await hasakah.HoverAsync(new() { Position = new() { X = 12, Y = 12 } });

        await Expect(page.GetByText("Al-Hasakah: 2 events", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(hasakah).Not.ToHaveAttributeAsync("stroke", stroke!);

        // Leaving the region takes the outline and the label away; nothing was selected.
        await page.Mouse.MoveAsync(1, 1);
        await Expect(hasakah).ToHaveAttributeAsync("stroke", stroke!);
        await Expect(page.GetByText("Al-Hasakah: 2 events", new() { Exact = true })).ToBeHiddenAsync();
        await Expect(page).ToHaveURLAsync(BaseUrl + "/?place=SY-DI");
    }

    [Fact]
    public async Task Card_Hovered_PointsOutItsPlaceOnTheMap()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");
        var camp = Map(page).GetByRole(AriaRole.Button, new() { Name = "Al-Hol camp", Exact = true });
        // In view, so outlined as a place of the events in view.
        await Expect(camp).ToHaveAttributeAsync("aria-current", "true");
        var inView = await camp.GetAttributeAsync("stroke");

        await Events(page).Filter(new() { HasText = "Hundreds of families left Al-Hol camp" }).HoverAsync();

        await Expect(camp).Not.ToHaveAttributeAsync("stroke", inView!);
        var hovered = await camp.GetAttributeAsync("stroke");
        // Another card (Damascus) leaves the camp as it was.
        await Events(page).Filter(new() { HasText = "A delegation arrived in Damascus" }).HoverAsync();
        await Expect(camp).ToHaveAttributeAsync("stroke", inView!);
        await Events(page).Filter(new() { HasText = "Hundreds of families left Al-Hol camp" }).HoverAsync();
        await Expect(camp).ToHaveAttributeAsync("stroke", hovered!);
        await page.Mouse.MoveAsync(1, 1);
        await Expect(camp).ToHaveAttributeAsync("stroke", inView!);
    }

    [Fact]
    public async Task MapRegion_ActivatedByKeyboard_FiltersTimeline()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Damascus");

        var region = Map(page).GetByRole(AriaRole.Button, new() { Name = "Damascus", Exact = true }).First;
        await region.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]place=SY-DI(&|$)"));
        await Expect(Events(page)).ToHaveCountAsync(2);
        await Expect(Timeline(page)).Not.ToContainTextAsync("Al-Hol");
    }

    [Fact]
    public async Task Dashboard_SharedUrl_ShowsSameViewAndBackReturns()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/?place=SY-HA&from=2025-02-01", "Al-Hasakah");

        await Expect(Events(page)).ToHaveCountAsync(1);
        await Expect(Map(page).GetByRole(AriaRole.Button, new() { Name = "Al-Hasakah", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync();
        await Expect(Events(page)).ToHaveCountAsync(4);
        await page.GoBackAsync();
        await Expect(Events(page)).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Dashboard_GarbageDate_ShowsDismissibleNotice()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/?from=garbage", "Al-Hasakah");

        var notice = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "is not a date" });
        await Expect(notice).ToBeVisibleAsync();
        await Expect(Events(page)).ToHaveCountAsync(4);

        await notice.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(notice).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Dashboard_ScriptInSentence_RendersTextAndRunsNothing()
    {
        var page = await NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await OpenDashboardAsync(page, "/?place=SY-DI", "Damascus");

        await Expect(Timeline(page)).ToContainTextAsync("Talks in Damascus continued <script>alert(1)</script> into the night.");
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Event_Selected_HighlightsItsPlacesFliesThereAndPutsEventInUrl()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");
        var history = await page.EvaluateAsync<int>("history.length");

        var card = Events(page).Filter(new() { HasText = "A delegation arrived in Damascus" });
        await card.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?event=\d+$"));
        await Expect(card).ToHaveAttributeAsync("aria-current", "true");
        await Expect(Highlighted(Map(page), "Damascus")).ToHaveCountAsync(1);
        // Flown to Damascus: zoomed in so far that Al-Hol camp, 500 km away, is off the map.
        await EventuallyAsync(async () => await ShowsAsync(Map(page), "Damascus") && !await ShowsAsync(Map(page), "Al-Hol camp"),
            "the map zoomed to Damascus");
        Assert.Equal(history, await page.EvaluateAsync<int>("history.length"));
    }

    [Fact]
    public async Task Event_SelectedByKeyboard_PutsEventInUrl()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");

        var card = Events(page).Filter(new() { HasText = "Hundreds of families left Al-Hol camp" });
        await card.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(card).ToHaveAttributeAsync("aria-current", "true");
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]event=\d+$"));
    }

    [Fact]
    public async Task Event_SelectionCleared_ByEscapeAndByCloseButton()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");
        var card = Events(page).Filter(new() { HasText = "A delegation arrived in Damascus" });
        // The selection's places are outlined in the selection's red (the places in view only carry aria-current).
        var outlined = Map(page).GetByRole(AriaRole.Button, new() { Name = "Damascus", Exact = true }).And(Map(page).Locator("[stroke='#b3261e']"));

        await card.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?event=\d+$"));
        await Expect(outlined).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Escape");

        await Expect(page).ToHaveURLAsync(BaseUrl + "/");
        await Expect(card).Not.ToHaveAttributeAsync("aria-current", "true");
        await Expect(outlined).ToHaveCountAsync(0);

        await card.ClickAsync();
        await Expect(outlined).ToHaveCountAsync(1);
        await card.GetByRole(AriaRole.Button, new() { Name = "Clear selected event" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(BaseUrl + "/");
        await Expect(Timeline(page).Locator("[aria-current='true']")).ToHaveCountAsync(0);
        await Expect(outlined).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SharedUrl_PlaceAndEvent_FreshContextShowsSameSelection()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/?place=SY-HA", "Al-Hasakah");
        await Events(page).Filter(new() { HasText = "Hundreds of families left Al-Hol camp" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?place=SY-HA&event=\d+"));
        var shared = page.Url;

        var fresh = await NewPageAsync();
        await OpenDashboardAsync(fresh, shared[BaseUrl.Length..], "Al-Hasakah");

        await Expect(Events(fresh)).ToHaveCountAsync(2);
        var selected = Timeline(fresh).Locator("[aria-current='true']");
        await Expect(selected).ToHaveCountAsync(1);
        await Expect(selected).ToContainTextAsync("Hundreds of families left Al-Hol camp on Monday.");
        await Expect(Highlighted(Map(fresh), "Al-Hol camp")).ToHaveCountAsync(1);
        await Expect(Map(fresh).GetByRole(AriaRole.Button, new() { Name = "Al-Hasakah", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
    }
}
