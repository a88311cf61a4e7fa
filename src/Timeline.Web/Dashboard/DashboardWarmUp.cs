using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Timeline.Data.Queries;
using Timeline.Web.Places;

namespace Timeline.Web.Dashboard;

/// <summary>
/// Once the server listens (after the store is migrated and seeded), and before the app reports itself started: runs
/// the unfiltered dashboard's queries into the shared views and renders <c>/</c> once through the server's own address,
/// and one place search, so that the first visitor does not pay for cold caches and the JIT of the page's components. Failures are logged and
/// do not stop the app; without a network address (the in-memory test server) only the queries run.
/// </summary>
internal sealed partial class DashboardWarmUp(DashboardViews views, PlaceSearch places, IServer server, ILogger<DashboardWarmUp> log) : IHostedLifecycleService
{
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(60);

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var version = views.Version();
            var pages = TimelinePages.For(views, version, EventFilter.None);
            pages.Items(0, TimelinePages.DefaultPageSize);
            views.MapCounts(version, EventFilter.None);
            views.Histogram(version, EventFilter.None);
            // The place box's folded names are built on the first search.
            places.Search("al");
            if (Address() is { } address)
            {
                using var http = new HttpClient { BaseAddress = address, Timeout = RenderTimeout };
                using var response = await http.GetAsync(new Uri("/", UriKind.Relative), cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
            }
            LogWarmedUp(watch.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogWarmUpFailed(e);
        }
    }

    /// <summary>The first address the server listens on, with wildcard hosts as localhost; null when it has none.</summary>
    private Uri? Address()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            return null;
        var builder = new UriBuilder(uri);
        if (builder.Host is "[::]" or "0.0.0.0" or "::")
            builder.Host = "localhost";
        return builder.Uri;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard warmed up (queries and a first render of /) in {Seconds:0.0} s")]
    private partial void LogWarmedUp(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard warm-up failed; the first visitor pays for the cold start")]
    private partial void LogWarmUpFailed(Exception exception);
}
