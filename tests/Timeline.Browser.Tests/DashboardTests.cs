using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Timeline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

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
}
