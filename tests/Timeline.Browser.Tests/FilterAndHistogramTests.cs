using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Timeline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Timeline.Browser.Tests;

/// <summary>
/// The dashboard's shell on the hand-made test world: histogram brush, filter chips, several places, copy link and
/// the dark theme. Events start 26 Dec 2024 (Damascus), 27 Dec 2024 (Damascus), Jan 2025 (Al-Hasakah, month only)
/// and 24 Feb 2025 (Al-Hol camp): one histogram bar per day.
/// </summary>
public sealed class FilterAndHistogramTests() : BrowserSession(TimelineApp.Synthetic)
{
    private static ILocator Histogram(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Events over time", Exact = true });

    private static ILocator Bar(IPage page, string name) => Histogram(page).GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator ThemeButton(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Dark theme", Exact = true });

    [Fact]
    public async Task Histogram_BrushedAcrossBars_FiltersTimelineToTheRange()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");
        await Expect(Histogram(page).GetByRole(AriaRole.Button)).ToHaveCountAsync(61);
        var hasakah = Map(page).GetByRole(AriaRole.Button, new() { Name = "Al-Hasakah", Exact = true });
        await Expect(hasakah).ToHaveAttributeAsync("aria-description", "2 events");

        await Bar(page, "26 Dec 2024: 1 event").HoverAsync();
        await page.Mouse.DownAsync();
        await Bar(page, "31 Dec 2024: 0 events").HoverAsync();
        await Bar(page, "1 Jan 2025: 1 event").HoverAsync();
        await page.Mouse.UpAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"\?from=2024-12-26&to=2025-01-01$"));
        // The two Damascus days and the January (month only) event overlap the range; 24 Feb does not.
        await Expect(Events(page)).ToHaveCountAsync(3);
        await Expect(Timeline(page)).Not.ToContainTextAsync("Al-Hol camp");
        await Expect(Bar(page, "1 Jan 2025: 1 event")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Bar(page, "24 Feb 2025: 1 event")).ToHaveAttributeAsync("aria-pressed", "false");
        // The map's counts follow the range: Al-Hasakah keeps its January event, not the camp's February one.
        await Expect(hasakah).ToHaveAttributeAsync("aria-description", "1 event");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "dashboard-brushed.png") });

        await Histogram(page).GetByRole(AriaRole.Button, new() { Name = "Clear range" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BaseUrl + "/");
        await Expect(Events(page)).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task Histogram_TouchDraggedAcrossBars_FiltersTimeline()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, HasTouch = true });
        var page = await context.NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");
        var start = (await Bar(page, "27 Dec 2024: 1 event").BoundingBoxAsync())!;
        var end = (await Bar(page, "1 Jan 2025: 1 event").BoundingBoxAsync())!;

        // Real touch input (Chromium's, through the DevTools protocol): the finger is captured by the first bar
        // unless the page releases it.
        var cdp = await context.NewCDPSessionAsync(page);
        var y = start.Y + start.Height / 2;
        await Touch(cdp, "touchStart", start.X + start.Width / 2, y);
        for (var step = 1; step <= 5; step++)
            await Touch(cdp, "touchMove", start.X + start.Width / 2 + (end.X - start.X) * step / 5, y);
        await cdp.SendAsync("Input.dispatchTouchEvent", new() { ["type"] = "touchEnd", ["touchPoints"] = Array.Empty<object>() });

        await Expect(page).ToHaveURLAsync(new Regex(@"\?from=2024-12-27&to=2025-01-01$"));
        await Expect(Events(page)).ToHaveCountAsync(2);
    }

    private static Task Touch(ICDPSession cdp, string type, double x, double y) =>
        cdp.SendAsync("Input.dispatchTouchEvent", new()
        {
            ["type"] = type,
            ["touchPoints"] = new[] { new Dictionary<string, object> { ["x"] = x, ["y"] = y } },
        });

    [Fact]
    public async Task Histogram_KeyboardRange_FiltersTimeline()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");

        await Bar(page, "26 Dec 2024: 1 event").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"\?from=2024-12-26&to=2024-12-26$"));
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(Bar(page, "27 Dec 2024: 1 event")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Shift+Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"\?from=2024-12-26&to=2024-12-27$"));
        await Expect(Events(page)).ToHaveCountAsync(2);
        await Expect(Timeline(page)).Not.ToContainTextAsync("Al-Hasakah last month");
    }

    [Fact]
    public async Task FilterChip_Removed_UrlLosesItAndBackRestoresIt()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/?place=SY-HA&place=SY-DI&q=on", "Al-Hasakah");
        await Expect(Events(page)).ToHaveCountAsync(4);

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Damascus", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"\?place=SY-HA&q=on$"));
        await Expect(Events(page)).ToHaveCountAsync(2);
        await Expect(Timeline(page)).Not.ToContainTextAsync("Damascus");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Active filters" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?place=SY-HA&place=SY-DI&q=on$"));
        await Expect(Events(page)).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task PlaceSearch_SecondPlaceChosen_AddsItToTheUrl()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/?place=SY-HA", "Al-Hasakah");
        await Expect(Events(page)).ToHaveCountAsync(2);

        await page.GetByLabel("Add place").FillAsync("Dama");
        await Expect(page.GetByRole(AriaRole.Listbox, new() { Name = "Places" }).GetByRole(AriaRole.Option)).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "filter-place-search.png") });
        await page.GetByText("Damascus (admin1, Syria)").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"\?place=SY-HA&place=SY-DI$"));
        await Expect(Events(page)).ToHaveCountAsync(4);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove Al-Hasakah" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove Damascus" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Add place")).ToHaveValueAsync("");
        await Expect(page.GetByLabel("Add place")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task PlaceSearch_TypedAndChosenByKeyboard_AddsThePlace()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Add place" });

        // Letter by letter, as a person types: no letter is lost to the server's answers to the earlier ones.
        await box.PressSequentiallyAsync("Dama", new() { Delay = 60 });
        await Expect(box).ToHaveValueAsync("Dama");
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Places" }).GetByRole(AriaRole.Option);
        await Expect(options).ToHaveCountAsync(2);
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(options.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"\?place=gn%3A170654$|\?place=gn:170654$"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove Damascus" })).ToBeVisibleAsync();
        await Expect(box).ToHaveValueAsync("");
        await Expect(box).ToBeFocusedAsync();
        await Expect(Events(page)).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task SourceSelect_ReutersChosen_ShowsOnlyItsEvents()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");

        await page.GetByLabel("Source", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Reuters" })).ToHaveAttributeAsync("aria-selected", "false");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "filter-sources.png") });
        await page.GetByRole(AriaRole.Option, new() { Name = "Reuters" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"\?source=Reuters$"));
        await Expect(Events(page)).ToHaveCountAsync(2);
        await Expect(Timeline(page)).Not.ToContainTextAsync("Al-Hol camp");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove Source: Reuters" })).ToBeVisibleAsync();
        // The list stays open for more sources, the chosen one ticked; a click elsewhere closes it.
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Reuters" })).ToHaveAttributeAsync("aria-selected", "true");
        await page.Mouse.ClickAsync(5, 400);
        await Expect(page.GetByRole(AriaRole.Listbox, new() { Name = "Sources" })).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new Regex(@"\?source=Reuters$"));
    }

    [Fact]
    public async Task CopyLink_Clicked_PutsTheViewsAddressOnTheClipboard()
    {
        var page = await NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await OpenDashboardAsync(page, "/?place=SY-HA&from=2025-01-01", "Al-Hasakah");

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();

        await Expect(page.GetByText("Link copied")).ToBeVisibleAsync();
        Assert.Equal(BaseUrl + "/?place=SY-HA&from=2025-01-01", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task Theme_DarkChosen_StaysDarkAfterReload()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Al-Hasakah");
        await Expect(ThemeButton(page)).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.True(await BackgroundLightness(page) > 0.8);

        await ThemeButton(page).ClickAsync();

        await Expect(ThemeButton(page)).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await BackgroundLightness(page) < 0.3);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "dashboard-dark.png") });

        // The choice is a cookie the server reads: the prerendered page is already dark.
        var html = await (await page.APIRequest.GetAsync(BaseUrl + "/")).TextAsync();
        Assert.Contains("theme-dark", html);
        await OpenDashboardAsync(page, "/", "Al-Hasakah");
        await Expect(ThemeButton(page)).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await BackgroundLightness(page) < 0.3);
    }

    [Fact]
    public async Task Theme_BrowserPrefersDark_StartsDarkWithoutAChoice()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, ColorScheme = ColorScheme.Dark });
        var page = await context.NewPageAsync();

        await OpenDashboardAsync(page, "/", "Al-Hasakah");

        await Expect(ThemeButton(page)).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await BackgroundLightness(page) < 0.3);
    }

    /// <summary>Lightness (0 black … 1 white) of the page background as the browser paints it.</summary>
    private static Task<double> BackgroundLightness(IPage page) => page.EvaluateAsync<double>("""
        () => {
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
            return (Math.max(r, g, b) + Math.min(r, g, b)) / 510;
        }
        """);
}
