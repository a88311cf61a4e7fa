using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Data.Queries;
using Timeline.Web.Map;

namespace Timeline.Web.Dashboard;

/// <summary>
/// What every circuit showing the same filter shares: the event count, the timeline's pages, the map's count layers
/// (with their JSON) and the histogram. Each answer is computed once per (store version, filter) and kept in a bounded
/// shared cache, so a circuit holds references instead of copies, and a hundred circuits clicking the same place run its
/// queries once. The store's version (<see cref="EventQueryService.StoreVersion"/>) is read once per view
/// (<see cref="Version"/>) and passes it with every request; a newer version empties the cache, so an import shows
/// at the next navigation. At most <see cref="Capacity"/> answers are kept. Answers are immutable; thread-safe.
/// </summary>
public sealed class DashboardViews(EventQueryService queries, Func<int> storeVersion)
{
    public const int Capacity = 512;

    /// <summary>Path of the map's count layers (<see cref="MapCountsUrl"/>).</summary>
    public const string MapCountsPath = "/map/counts.json";

    private readonly ConcurrentDictionary<(int Version, string Kind, EventFilter Filter, object? Argument), Lazy<object>> _answers = new();
    private int _version = -1;

    /// <summary>The store's current version, to pass with the requests of one view.</summary>
    public int Version() => storeVersion();

    /// <summary>How many events match.</summary>
    public int Count(int version, EventFilter filter) =>
        Get(version, nameof(Count), filter, null, () => new CountAnswer(queries.Count(filter))).Events;

    /// <summary>A timeline page: events strictly after <paramref name="after"/> (null: from the start), at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<EventView> Events(int version, EventFilter filter, EventCursor? after, int limit) =>
        Get(version, nameof(Events), filter, (after, limit), () => queries.Events(filter, limit, after));

    /// <summary>The cursor just before <paramref name="index"/> (a jump into the timeline).</summary>
    public EventCursor? CursorBefore(int version, EventFilter filter, int index) =>
        Get(version, nameof(CursorBefore), filter, index, () => new CursorAnswer(queries.CursorBefore(filter, index))).Cursor;

    /// <summary>The map's count layers of <paramref name="filter"/> (its place is ignored: the map keeps its context).</summary>
    public MapCounts MapCounts(int version, EventFilter filter)
    {
        var mapFilter = filter.WithPlace(null);
        return Get(version, nameof(MapCounts), mapFilter, null, () => MapLayers.Counts(
            queries.Admin1Counts(mapFilter), queries.PointCounts(mapFilter), queries.RegionMentionCounts(mapFilter)));
    }

    /// <summary>
    /// Where the map module fetches the count layers of <paramref name="filter"/> (its place ignored) as JSON; the
    /// version makes the URL change with the counts.
    /// </summary>
    public static string MapCountsUrl(int version, EventFilter filter)
    {
        var url = DashboardUrl.Format(filter.WithPlace(null), MapCountsPath);
        return $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}v={version.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The histogram of <paramref name="filter"/> (see <see cref="EventHistogram.Load"/>).</summary>
    public HistogramView Histogram(int version, EventFilter filter) =>
        Get(version, nameof(Histogram), filter, null, () => EventHistogram.Load(queries, filter));

    private T Get<T>(int version, string kind, EventFilter filter, object? argument, Func<T> compute) where T : class
    {
        var current = Volatile.Read(ref _version);
        if (version < current)
            return compute(); // a view opened before an import: answered, not kept
        if (version > current && Interlocked.CompareExchange(ref _version, version, current) == current)
            _answers.Clear();
        if (_answers.Count >= Capacity)
            _answers.Clear();
        var key = (version, kind, filter, argument);
        // Lazy: circuits asking for the same answer at once wait for one computation.
        var answer = _answers.GetOrAdd(key, _ => new Lazy<object>(compute));
        try
        {
            return (T)answer.Value;
        }
        catch
        {
            _answers.TryRemove(new KeyValuePair<(int, string, EventFilter, object?), Lazy<object>>(key, answer));
            throw;
        }
    }

    private sealed record CountAnswer(int Events);

    private sealed record CursorAnswer(EventCursor? Cursor);
}

/// <summary>Registration of the shared views and the map counts endpoint.</summary>
public static class DashboardViewsRegistration
{
    public static IServiceCollection AddDashboardViews(this IServiceCollection services) =>
        services.AddSingleton(sp =>
        {
            var queries = sp.GetRequiredService<EventQueryService>();
            return new DashboardViews(queries, queries.StoreVersion);
        });

    /// <summary>
    /// <c>GET /map/counts.json?from=…&amp;q=…</c>: the map's count layers of the filter in the query (as in the dashboard's
    /// URL; place and the cache-busting <c>v</c> are ignored) at the store's current version.
    /// </summary>
    public static WebApplication MapDashboardViews(this WebApplication app)
    {
        app.MapGet(DashboardViews.MapCountsPath, (HttpContext context, DashboardViews views) =>
            {
                var filter = DashboardUrl.Parse(context.Request.QueryString.Value).Filter;
                context.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(views.MapCounts(views.Version(), filter).Json, "application/json");
            })
            .ExcludeFromDescription();
        return app;
    }
}
