using System.Collections.Concurrent;
using Timeline.Data.Summaries;

namespace Timeline.Data.Queries;

/// <summary>
/// Map counts by date range held in memory per level, and the named-region mention counts (<see cref="AreaDayCounts"/>),
/// for the store's current version. The first request of a layer, or the first after an import, starts a build in the
/// background (admin-1 at 1,000,000 events: 844,084 rows, 12 MB, about 2 s) and is answered from the tables meanwhile,
/// so no request waits for it; the dashboard's warm-up asks for the layers it shows. A build whose store changed while
/// reading is dropped and started again by a later request.
/// </summary>
public sealed class AreaCountIndex(Func<TimelineDbContext> createContext)
{
    private readonly ConcurrentDictionary<string, AreaDayCounts> _layers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> _builds = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Builds the level's counts for the store as it is now, unless already held for this version.</summary>
    public void Build(PlaceLevel level) => Build(level.ToString());

    /// <summary>Builds the named-region mention counts for the store as it is now, unless already held for this version.</summary>
    public void BuildRegionMentions() => Build(AreaDayCounts.RegionMentions);

    /// <summary>(Area, day) rows held per layer: a level's name, or "Region" for named-region mentions.</summary>
    public IReadOnlyDictionary<string, int> Rows => _layers.ToDictionary(l => l.Key, l => l.Value.Rows, StringComparer.Ordinal);

    /// <summary>
    /// Completes when the builds running now have ended (whatever their outcome), so that an owner can close or delete
    /// the store without a build still reading it.
    /// </summary>
    public Task Idle()
    {
        lock (_gate)
            return Task.WhenAll(_builds.Values.Select(b => b.ContinueWith(static _ => { }, TaskScheduler.Default)));
    }

    private void Build(string layer)
    {
        using var db = createContext();
        if (_layers.TryGetValue(layer, out var held) && held.Version == EventQueryService.VersionOf(db))
            return;
        if (AreaDayCounts.Load(db, layer) is { } counts)
            _layers[layer] = counts;
    }

    internal AreaDayCounts? Current(PlaceLevel level, int version) => Current(level.ToString(), version);

    internal AreaDayCounts? CurrentRegionMentions(int version) => Current(AreaDayCounts.RegionMentions, version);

    /// <summary>The layer's counts of <paramref name="version"/>, or null after starting (if none runs) a build in the background.</summary>
    private AreaDayCounts? Current(string layer, int version)
    {
        if (_layers.TryGetValue(layer, out var counts) && counts.Version == version)
            return counts;
        lock (_gate)
        {
            if (_builds.TryGetValue(layer, out var running))
            {
                if (!running.IsCompleted)
                    return null;
                _builds.Remove(layer);
                // A failed build is an error of the store, not a reason to answer slowly forever: surface it.
                running.GetAwaiter().GetResult();
            }
            _builds[layer] = Task.Run(() => Build(layer));
        }
        return null;
    }
}
