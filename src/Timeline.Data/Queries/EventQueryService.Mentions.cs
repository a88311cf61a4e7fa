using Microsoft.EntityFrameworkCore;
using Timeline.Core.Places;

namespace Timeline.Data.Queries;

public sealed partial class EventQueryService
{
    /// <summary>
    /// Events per named region (curated areas such as "northeast Syria", "the Syrian desert") that they mention
    /// themselves, most first. The map shades these areas: such an event has no point to pin and no single admin-1.
    /// Remembered until the store changes.
    /// </summary>
    public IReadOnlyList<PlaceCount> RegionMentionCounts(EventFilter filter) =>
        _aggregates.Get(nameof(RegionMentionCounts), filter, 0, () =>
        {
            using var db = createContext();
            var places = db.EventPlaces.AsNoTracking().Where(p => p.Kind == PlaceKind.Region);
            if (!filter.IsEmpty)
            {
                var events = EventFilters.Keys(db, filter).Select(k => k.Id);
                places = places.Where(p => events.Contains(p.EventId));
            }
            return places
                .GroupBy(p => p.PlaceId)
                .Select(g => new { Id = g.Key, Events = g.Select(p => p.EventId).Distinct().Count() })
                .AsEnumerable()
                .Select(c => Describe(c.Id, PlaceKind.Region, c.Events))
                .OrderByDescending(c => c.Events).ThenBy(c => c.PlaceId, StringComparer.Ordinal)
                .ToList();
        });
}
