using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Timeline.Core.Places;

namespace Timeline.Data.Queries;

/// <summary>Bucket of the histogram.</summary>
public enum HistogramBucket { Day, Week, Month }

/// <summary>Level of the map's counts.</summary>
public enum PlaceLevel { Country, Admin1, Admin2, Point }

/// <summary>Events whose interval starts in a bucket (<see cref="Start"/> = first day: the day, the ISO week's Monday, the 1st).</summary>
public sealed record HistogramBar(DateOnly Start, int Events);

public sealed partial class EventQueryService
{
    /// <summary>Kinds drawn as areas (polygons or lines), never as a point marker.</summary>
    private static readonly PlaceKind[] AreaKinds =
        [PlaceKind.Country, PlaceKind.Admin1, PlaceKind.Admin2, PlaceKind.Region, PlaceKind.River, PlaceKind.Border];

    /// <summary>
    /// Events per bucket of their start day, in date order, empty buckets left out. Counted per day in SQL (at most a
    /// few thousand rows for decades), bucketed here; remembered until the store changes.
    /// </summary>
    public IReadOnlyList<HistogramBar> Histogram(EventFilter filter, HistogramBucket bucket) =>
        _aggregates.Get(nameof(Histogram), filter, (int)bucket, () => ComputeHistogram(filter, bucket));

    private List<HistogramBar> ComputeHistogram(EventFilter filter, HistogramBucket bucket)
    {
        using var db = createContext();
        var days = EventFilters.Keys(db, filter)
            .GroupBy(k => k.Start)
            .Select(g => new { Day = g.Key, Events = g.Count() })
            .ToList();
        return days
            .GroupBy(d => BucketStart(d.Day, bucket))
            .Select(g => new HistogramBar(g.Key, g.Sum(d => d.Events)))
            .OrderBy(b => b.Start)
            .ToList();
    }

    /// <summary>
    /// Events per place at a level, most first: for areas an event counts once for each area it lies in (directly or
    /// through a place inside it); for <see cref="PlaceLevel.Point"/> per point place (cities, camps, crossings …).
    /// Remembered until the store changes.
    /// </summary>
    public IReadOnlyList<PlaceCount> PlaceCounts(EventFilter filter, PlaceLevel level) =>
        _aggregates.Get(nameof(PlaceCounts), filter, (int)level, () => ComputePlaceCounts(filter, level));

    private List<PlaceCount> ComputePlaceCounts(EventFilter filter, PlaceLevel level)
    {
        using var db = createContext();
        var events = filter.IsEmpty ? null : EventFilters.Keys(db, filter).Select(k => k.Id);
        if (level == PlaceLevel.Point)
        {
            var places = db.EventPlaces.AsNoTracking();
            if (events is not null)
                places = places.Where(p => events.Contains(p.EventId));
            var rows = places.Where(p => !AreaKinds.Contains(p.Kind))
                .GroupBy(p => new { p.PlaceId, p.PlaceName, p.Kind, p.Latitude, p.Longitude })
                .Select(g => new { g.Key, Events = g.Select(p => p.EventId).Distinct().Count() })
                .ToList();
            return rows
                .Select(r => new PlaceCount(r.Key.PlaceId, r.Key.PlaceName, r.Key.Kind, r.Key.Latitude, r.Key.Longitude, r.Events))
                .OrderByDescending(c => c.Events).ThenBy(c => c.PlaceId, StringComparer.Ordinal)
                .ToList();
        }

        var kind = level switch { PlaceLevel.Country => PlaceKind.Country, PlaceLevel.Admin2 => PlaceKind.Admin2, _ => PlaceKind.Admin1 };
        // event_ancestors holds each (event, area) once: a covering scan of (AncestorKind, AncestorId), no DISTINCT.
        var inside = db.EventAncestors.AsNoTracking().Where(x => x.AncestorKind == kind);
        if (events is not null)
            inside = inside.Where(x => events.Contains(x.EventId));
        var counts = inside
            .GroupBy(x => x.AncestorId)
            .Select(g => new { Id = g.Key, Events = g.Count() })
            .ToList();
        return counts.Select(c => Describe(c.Id, kind, c.Events))
            .OrderByDescending(c => c.Events).ThenBy(c => c.PlaceId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Events per admin-1 region for the map's choropleth.</summary>
    public IReadOnlyList<PlaceCount> Admin1Counts(EventFilter filter) => PlaceCounts(filter, PlaceLevel.Admin1);

    /// <summary>Events per point place for the map's circle markers.</summary>
    public IReadOnlyList<PlaceCount> PointCounts(EventFilter filter) => PlaceCounts(filter, PlaceLevel.Point);

    private PlaceCount Describe(string placeId, PlaceKind kind, int events)
    {
        var place = gazetteer.Find(placeId);
        return place is null
            ? new PlaceCount(placeId, placeId, kind, 0, 0, events)
            : new PlaceCount(place.Id, place.Name, place.Kind, place.Latitude, place.Longitude, events);
    }

    private static DateOnly BucketStart(DateOnly day, HistogramBucket bucket) => bucket switch
    {
        HistogramBucket.Week => DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)),
            ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)), DayOfWeek.Monday)),
        HistogramBucket.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };
}
