using Microsoft.Playwright;

namespace Timeline.Browser.Tests;

/// <summary>What a person can tell from the map: which places are pointed out, and what is inside the visible area.</summary>
internal static class MapPage
{
    /// <summary>The map's buttons named <paramref name="name"/> that are pointed out (<c>aria-current="true"</c>).</summary>
    public static ILocator Highlighted(ILocator map, string name) =>
        map.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).And(map.Locator("[aria-current='true']"));

    /// <summary>True when the centre of the (first) button named <paramref name="name"/> lies inside the map's visible area.</summary>
    public static async Task<bool> ShowsAsync(ILocator map, string name)
    {
        var box = await map.BoundingBoxAsync();
        var place = await map.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).First.BoundingBoxAsync();
        // Leaflet draws a marker far outside the view as an empty path (a dot of stroke at the corner): nothing shown.
        // Markers have a radius of 5 px or more.
        if (box is null || place is null || place.Width < 5 || place.Height < 5)
            return false;
        var (x, y) = (place.X + place.Width / 2, place.Y + place.Height / 2);
        return x >= box.X && x <= box.X + box.Width && y >= box.Y && y <= box.Y + box.Height;
    }

    /// <summary>Waits up to 10 s for <paramref name="condition"/> (the map animates); fails with <paramref name="what"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        for (var waited = 0; waited < 10_000; waited += 200)
        {
            if (await condition())
                return;
            await Task.Delay(200);
        }
        Assert.Fail("Not within 10 s: " + what);
    }

    /// <summary>Scrolls the timeline to its end, letting the virtualized list render what it reaches.</summary>
    public static async Task ScrollToEndAsync(IPage page, ILocator timeline)
    {
        for (var i = 0; i < 8; i++)
        {
            await timeline.EvaluateAsync("el => el.scrollTop = el.scrollHeight");
            await page.WaitForTimeoutAsync(250);
        }
    }
}
