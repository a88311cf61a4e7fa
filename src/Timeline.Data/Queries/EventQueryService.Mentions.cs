using Microsoft.EntityFrameworkCore;
using Timeline.Core.Places;

namespace Timeline.Data.Queries;

public sealed partial class EventQueryService
{
    /// <summary>
    /// Events per named region (curated areas such as "northeast Syria", "the Syrian desert") that they mention
    /// themselves, most first. The map shades these areas: such an event has no point to pin and no single admin-1.
    /// With only dates (the map's usual filter), from the in-memory counts (<see cref="AreaCounts"/>) once built.
    /// Remembered until the store changes.
    /// </summary>
    public IReadOnlyList<PlaceCount> RegionMentionCounts(EventFilter filter) =>
        _aggregates.Get(nameof(RegionMentionCounts), filter, 0, () =>
        {
            using var db = createContext();
            Dictionary<string, int> counts;
            if (UseSummaries && SummaryCounts.AnswersPlaceCounts(filter) && AreaCounts.CurrentRegionMentions(VersionOf(db)) is { } held)
            {
                counts = held.Count(filter.From, filter.To);
            }
            else
            {
                // Driven by the partial index of region mentions (a few thousand rows, in place order), each checked
                // against the filter through its event, rather than by the filter's events (a two-year range is a tenth
                // of the store). Named, because without statistics on the new index SQLite starts from the range's events.
                var places = db.EventPlaces
                    .FromSqlRaw("SELECT * FROM event_places INDEXED BY IX_event_places_Region WHERE Kind = 'Region'")
                    .AsNoTracking();
                if (!filter.IsEmpty)
                    places = places.Join(EventFilters.Keys(db, filter), p => p.EventId, k => k.Id, (p, k) => p);
                counts = places.GroupBy(p => p.PlaceId)
                    .Select(g => new { Id = g.Key, Events = g.Select(p => p.EventId).Distinct().Count() })
                    .ToDictionary(c => c.Id, c => c.Events, StringComparer.Ordinal);
            }
            return counts
                .Select(c => Describe(c.Key, PlaceKind.Region, c.Value))
                .OrderByDescending(c => c.Events).ThenBy(c => c.PlaceId, StringComparer.Ordinal)
                .ToList();
        });
}
