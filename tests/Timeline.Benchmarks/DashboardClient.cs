using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Playwright;

namespace Timeline.Benchmarks;

/// <summary>
/// The browser side of the dashboard benchmark, run as a child process (<c>dashboard --client URL N ROUNDS THINK_MS</c>)
/// so that its objects stay out of the server's heap. Talks to the parent by lines: prints <c>warm</c> after one
/// warm-up circuit and waits for <c>open</c>; opens N/2 more circuits, prints <c>ready N/2</c>, waits for <c>next</c>,
/// opens the rest, prints <c>ready N</c> and waits for <c>go</c>;
/// runs the clicks and prints <c>latency COUNT P50 P95 MAX TIMEOUTS FAILED</c> (failed: the page lost its circuit).
/// The pages get a stand-in for the map module (<see cref="MapStub"/>): the server sends it exactly what it sends the
/// real one (the same interop calls and payloads), but the browser does not draw thousands of markers in every page.
/// On this machine a hundred real maps starve the browser and the server's calls into it time out (JS interop's one
/// minute), which would measure Chromium, not the dashboard.
/// </summary>
public static class DashboardClient
{
    public const string Flag = "--client";

    private const int ClickTimeoutMs = 60_000;

    // The browser's stand-in for wwwroot/js/map.js (see the class summary): every other export of the real module is
    // re-exported; createMap returns an object that accepts any call, keeps the place ids of the last update (fetching its count layers) and the
    // .NET callbacks, and never draws. 'then' stays undefined so that the returned object is not taken for a promise.
    private const string MapStub = """
        export * from './map.js?real';
        export async function createMap(element, callbacks, setup) {
            const map = { callbacks, ids: [] };
            map.update = async json => {
                const state = typeof json === 'string' ? JSON.parse(json) : json;
                // Fetches the count layers as the real module does, so that the server serves them.
                const counts = state?.countsUrl ? await (await fetch(state.countsUrl)).json() : state?.counts;
                map.ids = [...Object.values(state ?? {}), ...Object.values(counts ?? {})].filter(Array.isArray).flat()
                    .map(item => item?.id).filter(id => typeof id === 'string');
            };
            (window.timelineBenchmarkMaps ??= []).push(map);
            return new Proxy(map, { get: (target, name) => name in target ? target[name] : name === 'then' || typeof name !== 'string' ? undefined : () => {} });
        }
        """;

    // Selects a place as a click on the map does (the module calls PlaceClicked on the map's .NET object) and resolves
    // with the milliseconds until the timeline's DOM first changes (-1 after the timeout). Measured in the page, so the
    // driver's own latency is not counted.
    private const string ClickScript = """
        async ([pick, timeout]) => {
            const map = window.timelineBenchmarkMaps.at(-1);
            const timeline = document.querySelector('[aria-label="Timeline"]');
            const current = new URL(location.href).searchParams.get('place');
            const ids = map.ids.filter(id => id !== current);
            if (!timeline || ids.length === 0) return -2;
            const start = performance.now();
            const changed = new Promise(resolve => {
                const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now() - start); });
                observer.observe(timeline, { childList: true, subtree: true, characterData: true });
            });
            map.callbacks.invokeMethodAsync('PlaceClicked', ids[pick % ids.length]);
            return await Promise.race([changed, new Promise(resolve => setTimeout(() => resolve(-1), timeout))]);
        }
        """;

    public static int Run(string[] args) => RunAsync(args[0], Int(args[1]), Int(args[2]), Int(args[3])).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string baseUrl, int circuits, int rounds, int thinkMs)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TIMELINE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        await context.RouteAsync("**/js/map.js", route => route.FulfillAsync(new() { ContentType = "text/javascript", Body = MapStub }));

        await OpenAsync(context, baseUrl);
        Console.WriteLine("warm");
        Expect("open");

        // In two halves, so that the server can tell one-time growth (pools, caches) from the cost of a circuit.
        var pages = new ConcurrentBag<IPage>();
        foreach (var count in new[] { circuits / 2, circuits - circuits / 2 })
        {
            using var gate = new SemaphoreSlim(4);
            await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
            {
                await gate.WaitAsync();
                try
                {
                    pages.Add(await OpenAsync(context, baseUrl));
                }
                finally
                {
                    gate.Release();
                }
            }));
            Console.WriteLine($"ready {pages.Count}");
            Expect(pages.Count < circuits ? "next" : "go");
        }

        var latencies = new ConcurrentBag<double>();
        var failed = 0;
        await Task.WhenAll(pages.Select(async (page, index) =>
        {
            var random = new Random(index);
            for (var round = 0; round < rounds; round++)
            {
                await Task.Delay(random.Next(thinkMs + 1));
                try
                {
                    latencies.Add(await page.EvaluateAsync<double>(ClickScript, new object[] { random.Next(1000), ClickTimeoutMs }));
                }
                catch (PlaywrightException)
                {
                    // The page reloaded or closed: its circuit failed (the server logs why). Counted, not timed.
                    Interlocked.Increment(ref failed);
                    return;
                }
            }
        }));

        var measured = latencies.Where(l => l >= 0).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency {measured.Count} {Measure.Percentile(measured, 50):F0} {Measure.Percentile(measured, 95):F0} {(measured.Count > 0 ? measured[^1] : double.NaN):F0} {latencies.Count - measured.Count} {failed}"));
        return 0;
    }

    /// <summary>Opens the dashboard and waits until the circuit is interactive (the map is created, and updated, only then).</summary>
    private static async Task<IPage> OpenAsync(IBrowserContext context, string baseUrl)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(baseUrl + "/");
        await page.WaitForFunctionAsync("() => window.timelineBenchmarkMaps?.at(-1)?.ids.length > 0");
        return page;
    }

    private static void Expect(string word)
    {
        var line = Console.ReadLine();
        if (line != word)
            throw new InvalidOperationException($"expected '{word}' from the benchmark, got '{line}'");
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
