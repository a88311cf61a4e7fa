using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Timeline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Timeline.Browser.Tests.MapPage;

namespace Timeline.Browser.Tests;

/// <summary>
/// The dashboard as <c>dotnet run</c> starts it: bundled gazetteer and the repository's seeds imported into an empty store.
/// Needs the real extractor (branches text, time, gaz-match) on top of the gazetteer bundle (gaz-data).
/// </summary>
public sealed class SeedDashboardTests() : BrowserSession(TimelineApp.Real)
{
    [Fact]
    public async Task Dashboard_Seeds_ShowsSeedEventsAndMap()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");

        await Expect(Events(page).First).ToBeVisibleAsync();
        await Expect(Timeline(page)).ToContainTextAsync("Damascus");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "dashboard.png") });
        // The timeline is virtualized: the February 2025 events are rendered once scrolled to.
        await ScrollToEndAsync(page, Timeline(page));
        await Expect(Timeline(page)).ToContainTextAsync("Al-Hol camp");
    }

    [Fact]
    public async Task MapRegion_HasakahClicked_ShowsAlHolEventsNotDamascus()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");

        // A click event on the region itself: a mouse click at its centre would land on the marker of Al-Hasakah city,
        // which sits on top of the polygon (and would rightly select the city instead).
        await Map(page).GetByRole(AriaRole.Button, new() { Name = "Al-Hasakah", Exact = true }).DispatchEventAsync("click");

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]place=SY-HA(&|$)"));
        await Expect(Timeline(page)).ToContainTextAsync("Al-Hol camp");
        await Expect(Events(page).Filter(new() { HasText = "Baghdad sent direct messages to Damascus" })).ToHaveCountAsync(0);
        await Expect(Events(page).Filter(new() { HasText = "a high-level delegation to the Syrian capital, Damascus" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "dashboard-hasakah.png") });
    }

    [Fact]
    public async Task MapDrillDown_NinevehThenSinjar_ShowsSinjarEventsNotDamascus()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Nineveh");

        await Map(page).GetByRole(AriaRole.Button, new() { Name = "Nineveh", Exact = true }).DispatchEventAsync("click");
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]place=IQ-NI(&|$)"));

        // Nineveh's districts with events appear; Sinjar has no polygon here (no boundaries imported): its marker.
        await Map(page).GetByRole(AriaRole.Button, new() { Name = "Sinjar", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]place=gn%3A9166620(&|$)"));
        await Expect(Events(page).First).ToContainTextAsync("Sinjar");
        await Expect(Timeline(page)).ToContainTextAsync("2014");
        await Expect(Events(page).Filter(new() { HasText = "Damascus" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "dashboard-sinjar.png") });
    }

    [Fact]
    public async Task Map_GovernorateMention_ShadesTheGovernorateNotAPin()
    {
        var page = await NewPageAsync();
        // The one seed event naming "Hasakah Governorate" (an admin-1, no point place in the sentence).
        await OpenDashboardAsync(page, "/?q=Hasakah%20Governorate", "Al-Hasakah");

        await Expect(Events(page)).ToHaveCountAsync(1);
        var region = Map(page).GetByRole(AriaRole.Button, new() { Name = "Al-Hasakah", Exact = true });
        await Expect(region).ToHaveAttributeAsync("aria-description", "1 event");
        // The event in view points out its governorate, and nothing else: no marker stands in for it.
        await Expect(region).ToHaveAttributeAsync("aria-current", "true");
        await Expect(Map(page).Locator("[aria-current='true']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Map_NamedRegionMention_ShadedAreaIsAButtonThatFilters()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Northeast Syria");

        var area = Map(page).GetByRole(AriaRole.Button, new() { Name = "Northeast Syria", Exact = true });
        await Expect(area).ToHaveAttributeAsync("aria-description", "1 event");
        await area.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]place=northeast-syria(&|$)"));
        await Expect(Timeline(page)).ToContainTextAsync("About 10,000 ISIS fighters are imprisoned");
    }
}
