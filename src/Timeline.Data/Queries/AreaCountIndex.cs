using System.Collections.Concurrent;
using Timeline.Data.Summaries;

namespace Timeline.Data.Queries;

/// <summary>
/// Map counts by date range held in memory per level (<see cref="AreaDayCounts"/>), for the store's current version.
/// The first request of a level, or the first after an import, starts a build in the background (about a second at
/// 1,000,000 events) and is answered from the summary tables meanwhile, so no request waits for it; the dashboard's
/// warm-up asks for the levels it shows. A build whose store changed while reading is dropped and started again later.
/// </summary>
public sealed class AreaCountIndex(Func<TimelineDbContext> createContext)
{
    private readonly ConcurrentDictionary<PlaceLevel, AreaDayCounts> _levels = new();
    private readonly Dictionary<PlaceLevel, Task> _builds = [];
    private readonly Lock _gate = new();

    /// <summary>Builds the level's counts for the store as it is now, unless already held for this version.</summary>
    public void Build(PlaceLevel level)
    {
        using var db = createContext();
        if (_levels.TryGetValue(level, out var held) && held.Version == EventQueryService.VersionOf(db))
            return;
        if (AreaDayCounts.Load(db, level) is { } counts)
            _levels[level] = counts;
    }

    /// <summary>(Area, day) rows held per level.</summary>
    public IReadOnlyDictionary<PlaceLevel, int> Rows => _levels.ToDictionary(l => l.Key, l => l.Value.Rows);

    /// <summary>The level's counts of <paramref name="version"/>, or null after starting (if none runs) a build in the background.</summary>
    internal AreaDayCounts? Current(PlaceLevel level, int version)
    {
        if (_levels.TryGetValue(level, out var counts) && counts.Version == version)
            return counts;
        lock (_gate)
        {
            if (_builds.TryGetValue(level, out var running))
            {
                if (!running.IsCompleted)
                    return null;
                _builds.Remove(level);
                // A failed build is an error of the store, not a reason to answer slowly forever: surface it.
                running.GetAwaiter().GetResult();
            }
            _builds[level] = Task.Run(() => Build(level));
        }
        return null;
    }
}
