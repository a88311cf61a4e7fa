using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Timeline.Core.Tests;
using Timeline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Timeline.Browser.Tests;

/// <summary>
/// The dashboard on the seeds after `timeline gazetteer add-boundaries` imported Iraq's districts
/// (../shared/data/boundaries/irq_adm2.geojson, never copied in): the drill-down shows district polygons.
/// </summary>
public sealed class SeedBoundaryTests() : BrowserSession(() => TimelineApp.RealWithBoundaries(TestPaths.SharedFile("data", "boundaries", "irq_adm2.geojson")))
{
    [Fact]
    public async Task MapDrillDown_NinevehThenSinjarPolygon_ShowsSinjarEvents()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/", "Nineveh");
        await Map(page).GetByRole(AriaRole.Button, new() { Name = "Nineveh", Exact = true }).DispatchEventAsync("click");
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]place=IQ-NI(&|$)"));

        // Every district of Nineveh is a polygon button now, with or without events; Sinjar is one of them (no marker).
        var sinjar = Map(page).GetByRole(AriaRole.Button, new() { Name = "Sinjar", Exact = true });
        await Expect(sinjar).ToHaveCountAsync(1);
        // Mosul district has no event: shown only because its polygon was imported.
        await Expect(Map(page).GetByRole(AriaRole.Button, new() { Name = "Mosul", Exact = true })).ToHaveCountAsync(1);
        await sinjar.DispatchEventAsync("click");

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]place=gn%3A9166620(&|$)"));
        await Expect(Events(page).First).ToContainTextAsync("Sinjar");
        await Expect(Events(page).Filter(new() { HasText = "Damascus" })).ToHaveCountAsync(0);
        await Expect(sinjar).ToHaveAttributeAsync("aria-pressed", "true");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "dashboard-sinjar-district.png") });
    }
}
