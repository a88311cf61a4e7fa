using System.Collections.Concurrent;

namespace Timeline.Data.Queries;

/// <summary>
/// Remembers aggregate answers (histogram, map counts) per filter until the store changes. The dashboard asks for the
/// same map counts on every navigation that only changes the selected place; over a million events those take 0.1–1 s
/// cold. The store's version (<see cref="EventQueryService.StoreVersion"/>) is read with every lookup and is part of
/// the key, so an answer is never older than the store; a new version empties the cache. At most
/// <see cref="Capacity"/> answers are kept.
/// </summary>
internal sealed class AggregateCache(Func<TimelineDbContext> createContext)
{
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<(int Version, string Query, EventFilter Filter, int Argument), object> _answers = new();
    private int _version = -1;

    public T Get<T>(string query, EventFilter filter, int argument, Func<T> compute) where T : class
    {
        int version;
        using (var db = createContext())
            version = EventQueryService.VersionOf(db);
        if (Interlocked.Exchange(ref _version, version) != version || _answers.Count >= Capacity)
            _answers.Clear();
        return (T)_answers.GetOrAdd((version, query, filter, argument), _ => compute());
    }
}
