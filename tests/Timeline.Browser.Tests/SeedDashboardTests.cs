using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Timeline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

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
        await Expect(Timeline(page)).ToContainTextAsync("Al-Hol camp");
        await Expect(Timeline(page)).ToContainTextAsync("Damascus");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "dashboard.png") });
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
}
