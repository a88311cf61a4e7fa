using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Timeline.Data.Queries;

namespace Timeline.Data.Summaries;

/// <summary>
/// The day rows of <c>area_counts</c> of one level held in memory as running sums per area, for one store version: an
/// area's events overlapping <c>[from, to]</c> are its starts up to <c>to</c> less its ends before <c>from</c>, two
/// binary searches per area instead of tens of thousands of summary rows per range. At 1,000,000 events the admin-1
/// level is about 840,000 (area, day) rows, 12 bytes each. Named-region mentions are held the same way.
/// </summary>
internal sealed class AreaDayCounts
{
    private readonly Dictionary<string, Area> _areas;

    private AreaDayCounts(int version, Dictionary<string, Area> areas, int rows)
    {
        Version = version;
        _areas = areas;
        Rows = rows;
    }

    /// <summary>The store version (<see cref="EventQueryService.StoreVersion"/>) whose counts these are.</summary>
    public int Version { get; }

    /// <summary>(Area, day) rows held.</summary>
    public int Rows { get; }

    /// <summary>The layer of named-region mentions (see <see cref="Load"/>), beside the map levels.</summary>
    public const string RegionMentions = "Region";

    /// <summary>A level's day rows, each area's days ascending (the key's order: Level, Grain, Period, Area).</summary>
    private const string LevelDays =
        "SELECT Area, Period, Starts, Ends FROM area_counts WHERE Level = $level AND Grain = 'Day' ORDER BY Period, Area";

    /// <summary>
    /// The same rows for named-region mentions, from their partial index: an event mentioning a region (once or more)
    /// starts and ends there. A few thousand rows at 1,000,000 events; not kept in <c>area_counts</c>.
    /// </summary>
    private const string RegionMentionDays = """
        WITH mentions AS MATERIALIZED (
            SELECT DISTINCT p.PlaceId, p.EventId, e.DateStart, e.DateEnd
            FROM event_places AS p INDEXED BY IX_event_places_Region JOIN events AS e ON e.Id = p.EventId
            WHERE p.Kind = 'Region')
        SELECT Area, Day, SUM(Starts), SUM(Ends) FROM (
            SELECT PlaceId AS Area, DateStart AS Day, 1 AS Starts, 0 AS Ends FROM mentions
            UNION ALL SELECT PlaceId, DateEnd, 0, 1 FROM mentions)
        GROUP BY Day, Area ORDER BY Day, Area
        """;

    /// <summary>
    /// Reads the day rows of a layer (a <see cref="PlaceLevel"/>'s name, or <see cref="RegionMentions"/>), or null when
    /// an import committed while reading (the rows would belong to no single version). One statement reads one
    /// snapshot; the version read before and after it is then the rows' version.
    /// </summary>
    public static AreaDayCounts? Load(TimelineDbContext db, string layer)
    {
        var version = EventQueryService.VersionOf(db);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            db.Database.OpenConnection();
        var days = new Dictionary<string, List<(int Day, int Starts, int Ends)>>(StringComparer.Ordinal);
        var rows = 0;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = layer == RegionMentions ? RegionMentionDays : LevelDays;
            if (layer != RegionMentions)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "$level";
                parameter.Value = layer;
                command.Parameters.Add(parameter);
            }
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var area = reader.GetString(0);
                if (!days.TryGetValue(area, out var list))
                    days[area] = list = [];
                list.Add((DayNumber(reader.GetString(1)), reader.GetInt32(2), reader.GetInt32(3)));
                rows++;
            }
        }
        if (EventQueryService.VersionOf(db) != version)
            return null;
        return new AreaDayCounts(version, days.ToDictionary(d => d.Key, d => new Area(d.Value), StringComparer.Ordinal), rows);
    }

    /// <summary>
    /// Events per area overlapping the range (either bound open), as <see cref="SummaryCounts.Areas"/>; areas without
    /// events are left out. Needs <c>from ≤ to</c> when both are given.
    /// </summary>
    public Dictionary<string, int> Count(DateOnly? from, DateOnly? to)
    {
        var counts = new Dictionary<string, int>(_areas.Count, StringComparer.Ordinal);
        var last = to?.DayNumber ?? int.MaxValue;
        var first = from?.DayNumber ?? int.MinValue;
        foreach (var (id, area) in _areas)
        {
            var events = area.StartsUpTo(last) - area.EndsBefore(first);
            if (events > 0)
                counts[id] = events;
        }
        return counts;
    }

    /// <summary>The area's events per start day (days without a start left out), in date order; null when it holds none.</summary>
    public List<(DateOnly Day, int Events)>? Starts(string area) =>
        _areas.TryGetValue(area, out var held) ? held.StartsPerDay().ToList() : null;

    private static int DayNumber(string period) =>
        DateOnly.ParseExact(period, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;

    /// <summary>One area's days with events starting or ending, and the running sums before each (one more than days).</summary>
    private sealed class Area
    {
        private readonly int[] _days;
        private readonly int[] _starts;
        private readonly int[] _ends;

        public Area(List<(int Day, int Starts, int Ends)> rows)
        {
            _days = new int[rows.Count];
            _starts = new int[rows.Count + 1];
            _ends = new int[rows.Count + 1];
            for (var i = 0; i < rows.Count; i++)
            {
                _days[i] = rows[i].Day;
                _starts[i + 1] = _starts[i] + rows[i].Starts;
                _ends[i + 1] = _ends[i] + rows[i].Ends;
            }
        }

        public int StartsUpTo(int day) => _starts[FirstAfter(day)];

        public IEnumerable<(DateOnly Day, int Events)> StartsPerDay()
        {
            for (var i = 0; i < _days.Length; i++)
            {
                if (_starts[i + 1] > _starts[i])
                    yield return (DateOnly.FromDayNumber(_days[i]), _starts[i + 1] - _starts[i]);
            }
        }

        public int EndsBefore(int day) => day == int.MinValue ? 0 : _ends[FirstAfter(day - 1)];

        /// <summary>Index of the first stored day after <paramref name="day"/> (the count of days up to it).</summary>
        private int FirstAfter(int day)
        {
            var index = Array.BinarySearch(_days, day);
            return index >= 0 ? index + 1 : ~index;
        }
    }
}
