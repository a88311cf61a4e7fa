using System.Data.Common;
using Timeline.Core.Places;
using Timeline.Data.Entities;
using Timeline.Data.Queries;

namespace Timeline.Data.Summaries;

/// <summary>
/// Keeps <c>area_counts</c> and <c>date_counts</c> up with the events written in the caller's transaction: counts are
/// gathered in memory per transaction (a batch of articles shares most of its months and years) and added to the
/// stored ones by <see cref="Flush"/>, which the writer calls before the commit. A transaction that fails adds nothing.
/// </summary>
internal sealed class SummaryWriter : IDisposable
{
    private readonly RowBuffer _area;
    private readonly RowBuffer _date;
    private readonly Dictionary<(PlaceLevel Level, CountGrain Grain, DateOnly Period, string Area), (int Starts, int Ends)> _areas = [];
    private readonly Dictionary<(string Source, DateOnly Start, DateOnly End), int> _dates = [];
    private readonly HashSet<string> _points = new(StringComparer.Ordinal);

    public SummaryWriter(DbConnection connection)
    {
        _area = new RowBuffer(connection, "INSERT INTO area_counts (Level, Grain, Period, Area, Starts, Ends)", 6,
            "ON CONFLICT DO UPDATE SET Starts = Starts + excluded.Starts, Ends = Ends + excluded.Ends");
        _date = new RowBuffer(connection, "INSERT INTO date_counts (Source, Start, \"End\", Events)", 4,
            "ON CONFLICT DO UPDATE SET Events = Events + excluded.Events");
    }

    /// <summary>Kinds counted as areas on the map (an event counts once per area it lies in); other kinds are areas without a level.</summary>
    public static PlaceLevel? AreaLevel(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => PlaceLevel.Country,
        PlaceKind.Admin1 => PlaceLevel.Admin1,
        PlaceKind.Admin2 => PlaceLevel.Admin2,
        _ => null,
    };

    /// <summary>Kinds drawn as areas (polygons or lines), never as a point marker.</summary>
    public static bool IsArea(PlaceKind kind) =>
        kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Region or PlaceKind.River or PlaceKind.Border;

    /// <summary>
    /// One event: its interval, its article's source, the areas it lies in (its <c>event_ancestors</c> rows) and its
    /// places (point places count once per event).
    /// </summary>
    public void Add(DateOnly start, DateOnly end, string? source, IEnumerable<(string Id, PlaceKind Kind)> ancestors,
        IEnumerable<(string Id, PlaceKind Kind)> places)
    {
        Count(_dates, ("", start, end));
        if (!string.IsNullOrEmpty(source))
            Count(_dates, (source, start, end));
        foreach (var (id, kind) in ancestors)
        {
            if (AreaLevel(kind) is { } level)
                Add(level, id, start, end);
        }
        _points.Clear();
        foreach (var (id, kind) in places)
        {
            if (!IsArea(kind) && _points.Add(id))
                Add(PlaceLevel.Point, id, start, end);
        }
    }

    private void Add(PlaceLevel level, string area, DateOnly start, DateOnly end)
    {
        Add((level, CountGrain.Total, DateOnly.MinValue, area), 1, 1);
        Add((level, CountGrain.Decade, Decade(start), area), 1, 0);
        Add((level, CountGrain.Year, new DateOnly(start.Year, 1, 1), area), 1, 0);
        Add((level, CountGrain.Month, new DateOnly(start.Year, start.Month, 1), area), 1, 0);
        Add((level, CountGrain.Day, start, area), 1, 0);
        Add((level, CountGrain.Decade, Decade(end), area), 0, 1);
        Add((level, CountGrain.Year, new DateOnly(end.Year, 1, 1), area), 0, 1);
        Add((level, CountGrain.Month, new DateOnly(end.Year, end.Month, 1), area), 0, 1);
        Add((level, CountGrain.Day, end, area), 0, 1);
    }

    /// <summary>First day of the decade (2010-01-01 for 2014); the first decade starts in year 1, as the SQL backfill assumes no earlier dates.</summary>
    public static DateOnly Decade(DateOnly day) => new(Math.Max(1, day.Year / 10 * 10), 1, 1);

    private void Add((PlaceLevel, CountGrain, DateOnly, string) key, int starts, int ends)
    {
        _areas.TryGetValue(key, out var counts);
        _areas[key] = (counts.Starts + starts, counts.Ends + ends);
    }

    private static void Count<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>Adds the gathered counts to the tables, in key order (the tables are clustered on their keys).</summary>
    public void Flush()
    {
        foreach (var ((level, grain, period, area), (starts, ends)) in _areas
                     .OrderBy(a => a.Key.Level).ThenBy(a => a.Key.Grain).ThenBy(a => a.Key.Period).ThenBy(a => a.Key.Area, StringComparer.Ordinal))
            _area.Add(level.ToString(), grain.ToString(), period, area, starts, ends);
        foreach (var ((source, start, end), events) in _dates)
            _date.Add(source, start, end, events);
        _area.Flush();
        _date.Flush();
        _areas.Clear();
        _dates.Clear();
    }

    public void Dispose()
    {
        _area.Dispose();
        _date.Dispose();
    }
}
