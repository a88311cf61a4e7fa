using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Timeline.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Timeline.Browser.Tests.MapPage;

namespace Timeline.Browser.Tests;

/// <summary>Upload from the app bar on the test world, then the uploaded article in the article view.</summary>
public sealed class ImportTests() : BrowserSession(TimelineApp.Synthetic)
{
    private const string Hostile = "Saturday, March 1, 2025\n\n" +
        "A convoy left Al-Hol camp on Friday <script>alert(1)</script> with <img src=x onerror=alert(1)> families.\n";

    [Fact]
    public async Task Import_FileUploaded_EventsAppearAndArticleRendersMarkupAsText()
    {
        var page = await NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await OpenDashboardAsync(page, "/?place=SY-HA", "Al-Hasakah");
        await Expect(Events(page)).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        var import = dialog.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true });
        // The file input reports a choice only once its script has started after the dialog's first render; a choice
        // made before that (a test is faster than a person) is not seen, so choose again until Import is enabled.
        await EventuallyAsync(async () =>
        {
            await dialog.GetByLabel("Article files").SetInputFilesAsync(new FilePayload
            {
                Name = "convoy.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Hostile),
            });
            await page.WaitForTimeoutAsync(300);
            return await import.IsEnabledAsync();
        }, "the chosen file enables Import");
        await import.ClickAsync();

        var row = dialog.GetByRole(AriaRole.Table, new() { Name = "Import results" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "convoy.txt" });
        await Expect(row).ToContainTextAsync("imported");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "import.png") });
        // Closing loads the page again (a new page reads the grown store), with the same filter. Wait for that load and
        // for the new circuit: a card found on the old page, or a click before the new circuit is interactive, is lost.
        await page.EvaluateAsync("() => { window.beforeImportReload = true; }");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true }).First.ClickAsync();
        await page.WaitForFunctionAsync("() => window.beforeImportReload === undefined");
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?place=SY-HA$"));
        await Map(page).GetByRole(AriaRole.Button, new() { Name = "Al-Hasakah", Exact = true }).First
            .WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var convoy = Events(page).Filter(new() { HasText = "A convoy left Al-Hol camp" });
        await Expect(convoy).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(convoy).ToContainTextAsync("<script>alert(1)</script> with <img src=x onerror=alert(1)> families.");

        await convoy.GetByRole(AriaRole.Link, new() { Name = "read the article" }).ClickAsync();

        var text = page.GetByRole(AriaRole.Region, new() { Name = "Article text", Exact = true });
        await Expect(text).ToContainTextAsync("on Friday <script>alert(1)</script> with <img src=x onerror=alert(1)> families.");
        await Expect(text.GetByTitle(new Regex(@"^Place 'Al-Hol camp': .*; id curated:al-hol-camp$"))).ToHaveCountAsync(1);
        Assert.Equal(0, await text.Locator("script, img").CountAsync());
        // Give an injected handler the time it would need to fire before counting dialogs.
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(0, dialogs);
    }
}
