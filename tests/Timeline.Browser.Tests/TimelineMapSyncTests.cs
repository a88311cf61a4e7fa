using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Timeline.Data.Queries;
using Timeline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Timeline.Browser.Tests.MapPage;

namespace Timeline.Browser.Tests;

/// <summary>
/// Timeline ↔ map sync and the event and map view in the URL, on the test world with 120 generated events: 60 in
/// Damascus (2023, before the four hand-made events) and 60 at Al-Hol camp (2026, after them).
/// </summary>
public sealed class TimelineMapSyncTests() : BrowserSession(() => TimelineApp.Synthetic(generated: 120))
{
    private int EventId(string text) =>
        App.Services.GetRequiredService<EventQueryService>().Events(new EventFilter(Text: text)).Single().Id;

    [Fact]
    public async Task Timeline_Scrolled_HighlightedPlacesChange()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");

        await Expect(Timeline(page)).ToContainTextAsync("124 events");
        await Expect(Highlighted(Map(page), "Damascus")).ToHaveCountAsync(1);
        await Expect(Highlighted(Map(page), "Al-Hol camp")).ToHaveCountAsync(0);

        await ScrollToEndAsync(page, Timeline(page));

        await Expect(Timeline(page)).ToContainTextAsync("Generated event 120 in Al-Hol camp.");
        await Expect(Highlighted(Map(page), "Al-Hol camp")).ToHaveCountAsync(1);
        await Expect(Highlighted(Map(page), "Damascus")).ToHaveCountAsync(0);
        Assert.DoesNotContain("event=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_ScrolledThenFiltered_StartsAtTopOfNewList()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");
        await ScrollToEndAsync(page, Timeline(page));
        await Expect(Timeline(page)).ToContainTextAsync("Generated event 120 in Al-Hol camp.");

        await Map(page).GetByRole(AriaRole.Button, new() { Name = "Damascus", Exact = true }).First.DispatchEventAsync("click");

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]place="));
        await Expect(Events(page).Filter(new() { HasText = "Generated event 1 in Damascus." })).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Url_EventFarDown_ScrollsToItAndMarksIt()
    {
        var id = EventId("Generated event 100 in");
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, $"/?event={id}", "Al-Hasakah");

        var card = Events(page).Filter(new() { HasText = "Generated event 100 in Al-Hol camp." });
        await Expect(card).ToHaveAttributeAsync("aria-current", "true");
        await Expect(card).ToBeInViewportAsync();
        await Expect(Highlighted(Map(page), "Al-Hol camp")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Url_EventNotInFilter_ShowsNotice()
    {
        var id = EventId("Generated event 100 in");
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, $"/?place=SY-DI&event={id}", "Al-Hasakah");

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = $"Event {id} is not in this view" })).ToBeVisibleAsync();
        await Expect(Timeline(page).Locator("[aria-current='true']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Url_MapView_RestoresItAndKeepsIt()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/?map=33.5,36.3,9", "Al-Hasakah");

        await EventuallyAsync(() => ShowsAsync(Map(page), "Damascus"), "Damascus inside the restored view");
        Assert.False(await ShowsAsync(Map(page), "Al-Hol camp"), "Al-Hol camp is 500 km away: outside a zoom-9 view of Damascus");
        await page.WaitForTimeoutAsync(800);
        Assert.EndsWith("/?map=33.5,36.3,9", page.Url, StringComparison.Ordinal);

        // Without a view the map frames all events.
        var framed = await NewPageAsync();
        await OpenDashboardAsync(framed, "/", "Al-Hasakah");
        await EventuallyAsync(async () => await ShowsAsync(Map(framed), "Damascus") && await ShowsAsync(Map(framed), "Al-Hol camp"), "both places framed");
    }

    [Fact]
    public async Task Map_Dragged_ReplacesUrlWithItsView()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/?place=SY-HA", "Al-Hasakah");
        var history = await page.EvaluateAsync<int>("history.length");

        var box = (await Map(page).BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height - 40);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width / 2 - 150, box.Y + box.Height - 60, new() { Steps = 10 });
        await page.Mouse.UpAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"\?place=SY-HA&map=-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$"));
        Assert.Equal(history, await page.EvaluateAsync<int>("history.length"));
    }
}
