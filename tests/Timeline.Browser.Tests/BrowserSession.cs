using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Playwright;
using Timeline.Web.Tests.Support;

namespace Timeline.Browser.Tests;

/// <summary>
/// The real app on a real port (Kestrel) and Debian's Chromium driven by Playwright (no <c>playwright install</c>, no network).
/// One per test class.
/// </summary>
public abstract class BrowserSession : IAsyncLifetime
{
    /// <summary>Debian's package <c>chromium</c>; override with <c>TIMELINE_CHROMIUM</c>.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("TIMELINE_CHROMIUM") ?? "/usr/bin/chromium";

    private readonly Func<TimelineApp> _createApp;
    private IPlaywright? _playwright;

    protected BrowserSession(Func<TimelineApp> createApp) => _createApp = createApp;

    protected TimelineApp App { get; private set; } = default!;
    protected IBrowser Browser { get; private set; } = default!;
    protected string BaseUrl { get; private set; } = "";

    /// <summary>Screenshots and other artifacts: <c>&lt;test output&gt;/artifacts/</c>.</summary>
    protected static string ArtifactsFolder => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        App = _createApp();
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "localhost", StringComparison.Ordinal).Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page in a fresh context (no shared storage), sized like a laptop screen.</summary>
    protected async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    /// <summary>
    /// Opens a dashboard URL and waits until the circuit is interactive: the map is created in the first interactive
    /// render, so its region buttons exist only then (a click before that would be lost).
    /// </summary>
    protected async Task OpenDashboardAsync(IPage page, string pathAndQuery, string regionName)
    {
        await page.GotoAsync(BaseUrl + pathAndQuery);
        await Map(page).GetByRole(AriaRole.Button, new() { Name = regionName, Exact = true }).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    protected static ILocator Map(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Map", Exact = true });

    protected static ILocator Timeline(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Timeline", Exact = true });

    protected static ILocator Events(IPage page) => Timeline(page).GetByRole(AriaRole.Article);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        App?.Dispose();
    }
}
