using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Timeline.Core.Places;
using Timeline.Data.Entities;

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
        Enum.GetValues<PlaceKind>().Where(Summaries.SummaryWriter.IsArea).ToArray();

    /// <summary>
    /// Events per bucket of their start day, in date order, empty buckets left out. Counted per day in SQL (at most a
    /// few thousand rows for decades) — from <c>date_counts</c> when the filter has only dates and sources, from the
    /// held day rows (<see cref="AreaCounts"/>) when it is one area, else from the events — bucketed here; remembered
    /// until the store changes.
    /// </summary>
    public IReadOnlyList<HistogramBar> Histogram(EventFilter filter, HistogramBucket bucket) =>
        _aggregates.Get(nameof(Histogram), filter, (int)bucket, () => ComputeHistogram(filter, bucket));

    private List<HistogramBar> ComputeHistogram(EventFilter filter, HistogramBucket bucket)
    {
        using var db = createContext();
        var days = !UseSummaries ? null
            : SummaryCounts.AnswersHistogram(filter) ? SummaryCounts.Days(db, filter)
            : HeldAreaDays(db, filter);
        days ??= EventFilters.Keys(db, filter)
            .GroupBy(k => k.Start)
            .Select(g => new { Day = g.Key, Events = g.Count() })
            .AsEnumerable().Select(d => (d.Day, d.Events)).ToList();
        return days
            .GroupBy(d => BucketStart(d.Day, bucket))
            .Select(g => new HistogramBar(g.Key, g.Sum(d => d.Events)))
            .OrderBy(b => b.Start)
            .ToList();
    }

    /// <summary>
    /// A filter of one country, admin-1 or admin-2 area and nothing else (the dashboard's click on a region): the events
    /// inside it are those its <c>area_counts</c> rows count, so their start days are its held day rows' starts. Null
    /// when the filter is another, or the level is not held for this version yet (a build then starts).
    /// </summary>
    private List<(DateOnly Day, int Events)>? HeldAreaDays(TimelineDbContext db, EventFilter filter)
    {
        if (filter is not { Places: [var id], From: null, To: null, Sources.Count: 0 } || !string.IsNullOrWhiteSpace(filter.Text)
            || gazetteer.Find(id) is not { } place || Summaries.SummaryWriter.AreaLevel(place.Kind) is not { } level)
            return null;
        return AreaCounts.Current(level, VersionOf(db))?.Starts(id);
    }

    /// <summary>
    /// Events per place at a level, most first: for areas an event counts once for each area it lies in (directly or
    /// through a place inside it); for <see cref="PlaceLevel.Point"/> per point place (cities, camps, crossings …).
    /// From <c>area_counts</c> (held in memory per level once built: <see cref="AreaCounts"/>) when the filter has only
    /// dates, else from the events. Names and points are the gazetteer's (for a place it no longer has: as stored).
    /// Remembered until the store changes.
    /// </summary>
    public IReadOnlyList<PlaceCount> PlaceCounts(EventFilter filter, PlaceLevel level) =>
        _aggregates.Get(nameof(PlaceCounts), filter, (int)level, () => ComputePlaceCounts(filter, level));

    private List<PlaceCount> ComputePlaceCounts(EventFilter filter, PlaceLevel level)
    {
        using var db = createContext();
        var counts = !UseSummaries || !SummaryCounts.AnswersPlaceCounts(filter)
            ? CountPlaces(db, filter, level)
            : AreaCounts.Current(level, VersionOf(db)) is { } held
                ? held.Count(filter.From, filter.To)
                : SummaryCounts.Areas(db, level, filter.From, filter.To);
        var kind = level switch { PlaceLevel.Country => PlaceKind.Country, PlaceLevel.Admin2 => PlaceKind.Admin2, _ => PlaceKind.Admin1 };
        var stored = level == PlaceLevel.Point ? StoredPoints(db, counts.Keys.Where(id => gazetteer.Find(id) is null).ToArray()) : [];
        return counts.Select(c => Describe(c.Key, kind, c.Value, stored))
            .OrderByDescending(c => c.Events).ThenBy(c => c.PlaceId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The exact count from the events: any filter.</summary>
    private static Dictionary<string, int> CountPlaces(TimelineDbContext db, EventFilter filter, PlaceLevel level)
    {
        var events = filter.IsEmpty ? null : EventFilters.Keys(db, filter).Select(k => k.Id);
        if (level == PlaceLevel.Point)
        {
            var places = db.EventPlaces.AsNoTracking();
            if (events is not null)
                places = places.Where(p => events.Contains(p.EventId));
            return places.Where(p => !AreaKinds.Contains(p.Kind))
                .GroupBy(p => p.PlaceId)
                .Select(g => new { g.Key, Events = g.Select(p => p.EventId).Distinct().Count() })
                .ToDictionary(g => g.Key, g => g.Events, StringComparer.Ordinal);
        }

        var kind = level switch { PlaceLevel.Country => PlaceKind.Country, PlaceLevel.Admin2 => PlaceKind.Admin2, _ => PlaceKind.Admin1 };
        // event_ancestors holds each (event, area) once: no DISTINCT.
        var inside = db.EventAncestors.AsNoTracking().Where(x => x.AncestorKind == kind);
        if (events is not null)
            inside = inside.Where(x => events.Contains(x.EventId));
        return inside
            .GroupBy(x => x.AncestorId)
            .Select(g => new { g.Key, Events = g.Count() })
            .ToDictionary(g => g.Key, g => g.Events, StringComparer.Ordinal);
    }

    /// <summary>Name, kind and point of point places as stored with their first mention, for those the gazetteer lacks.</summary>
    private static Dictionary<string, EventPlaceRecord> StoredPoints(TimelineDbContext db, string[] ids) =>
        ids.Length == 0
            ? []
            : db.EventPlaces.AsNoTracking().Where(p => ids.Contains(p.PlaceId))
                .GroupBy(p => p.PlaceId).Select(g => g.OrderBy(p => p.Id).First())
                .ToDictionary(p => p.PlaceId, StringComparer.Ordinal);

    /// <summary>Events per admin-1 region for the map's choropleth.</summary>
    public IReadOnlyList<PlaceCount> Admin1Counts(EventFilter filter) => PlaceCounts(filter, PlaceLevel.Admin1);

    /// <summary>Events per point place for the map's circle markers.</summary>
    public IReadOnlyList<PlaceCount> PointCounts(EventFilter filter) => PlaceCounts(filter, PlaceLevel.Point);

    private PlaceCount Describe(string placeId, PlaceKind kind, int events, Dictionary<string, EventPlaceRecord>? stored = null)
    {
        if (gazetteer.Find(placeId) is { } place)
            return new PlaceCount(place.Id, place.Name, place.Kind, place.Latitude, place.Longitude, events);
        return stored is not null && stored.TryGetValue(placeId, out var p)
            ? new PlaceCount(p.PlaceId, p.PlaceName, p.Kind, p.Latitude, p.Longitude, events)
            : new PlaceCount(placeId, placeId, kind, 0, 0, events);
    }

    private static DateOnly BucketStart(DateOnly day, HistogramBucket bucket) => bucket switch
    {
        HistogramBucket.Week => DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)),
            ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)), DayOfWeek.Monday)),
        HistogramBucket.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };
}
