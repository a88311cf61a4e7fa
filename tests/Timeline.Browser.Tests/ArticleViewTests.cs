using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Timeline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Timeline.Browser.Tests;

/// <summary>The article view as <c>dotnet run</c> serves it: the real seeds, extracted with the bundled gazetteer.</summary>
public sealed class ArticleViewTests() : BrowserSession(TimelineApp.Real)
{
    private static ILocator ArticleText(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Article text", Exact = true });

    [Fact]
    public async Task ArticleView_OpenedFromFilteredDashboard_ShowsHighlightsAndBackKeepsFilter()
    {
        var page = await NewPageAsync();
        await OpenDashboardAsync(page, "/?place=SY-HA", "Al-Hasakah");

        await Events(page).First.GetByRole(AriaRole.Link, new() { Name = "read the article" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/articles/\d+\?place=SY-HA$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Article not found");
        // Both kinds of highlight, each explaining itself in its tooltip.
        var dates = ArticleText(page).GetByTitle(new Regex(@"^Date '.+': \S+ \(EDTF\), "));
        var places = ArticleText(page).GetByTitle(new Regex(@"^Place '.+': .+ \(\w+\), \d\.\d\d: .+; id \S+$"));
        await Expect(dates.First).ToBeVisibleAsync();
        await Expect(places.First).ToBeVisibleAsync();
        Assert.NotEqual(await dates.First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"),
            await places.First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^\d") }).First)
            .ToHaveAttributeAsync("href", new Regex(@"^/\?place=SY-HA&event=\d+$"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "article.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "← Back to the timeline" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?place=SY-HA$"));
        await Expect(Timeline(page)).ToContainTextAsync("Al-Hol camp");
        await Expect(Events(page).Filter(new() { HasText = "Baghdad sent direct messages to Damascus" })).ToHaveCountAsync(0);
        // The map draws its layers again after the navigation (the admin-1 layer is several MB): allow it the time.
        await Expect(Map(page).GetByRole(AriaRole.Button, new() { Name = "Al-Hasakah", Exact = true }))
            .ToHaveAttributeAsync("aria-pressed", "true", new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task ArticleView_UnknownId_ShowsFriendlyNotFound()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync(BaseUrl + "/articles/98765?q=camp");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Article not found" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is no article 98765");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "← Back to the timeline" })).ToHaveAttributeAsync("href", "/?q=camp");
    }
}
