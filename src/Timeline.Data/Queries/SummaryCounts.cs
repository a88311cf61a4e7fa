using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Data.Queries;

/// <summary>
/// Answers the histogram and the map counts from the summary tables (<c>date_counts</c>, <c>area_counts</c>) for the
/// filters they can answer exactly; any other filter is counted from the events. Both give the same numbers
/// (<c>SummaryCountsTests</c> compares them).
/// </summary>
internal static class SummaryCounts
{
    /// <summary>Dates and sources only (no place, no words); a source must be non-empty (articles without one are only in the totals).</summary>
    public static bool AnswersHistogram(EventFilter filter) =>
        filter.Places.Count == 0 && string.IsNullOrWhiteSpace(filter.Text) && filter.Sources.All(s => s.Length > 0);

    /// <summary>Dates only, with <c>from ≤ to</c> when both are given.</summary>
    public static bool AnswersPlaceCounts(EventFilter filter) =>
        filter.Places.Count == 0 && string.IsNullOrWhiteSpace(filter.Text) && filter.Sources.Count == 0
        && !(filter.From > filter.To);

    /// <summary>Events per start day: the date intervals that overlap the range, summed per start day.</summary>
    public static List<(DateOnly Day, int Events)> Days(TimelineDbContext db, EventFilter filter)
    {
        var rows = db.DateCounts.AsNoTracking();
        if (filter.Sources.Count == 0)
        {
            rows = rows.Where(c => c.Source == "");
        }
        else
        {
            // An article has one source: the rows of distinct sources never count an event twice.
            var sources = filter.Sources.Distinct(StringComparer.Ordinal).ToArray();
            rows = rows.Where(c => sources.Contains(c.Source));
        }
        if (filter.To is { } to)
            rows = rows.Where(c => c.Start <= to);
        if (filter.From is { } from)
            rows = rows.Where(c => c.End >= from);
        return rows.GroupBy(c => c.Start).Select(g => new { g.Key, Events = g.Sum(c => c.Events) })
            .AsEnumerable().Select(d => (d.Key, d.Events)).ToList();
    }

    /// <summary>
    /// Events per area (or point place) of a level overlapping the range: those that start on or before <c>to</c>, less
    /// those that end before <c>from</c> (which all start before <c>to</c> too, as <c>from ≤ to</c>). Areas without events are left out.
    /// </summary>
    public static Dictionary<string, int> Areas(TimelineDbContext db, PlaceLevel level, DateOnly? from, DateOnly? to)
    {
        var counts = to is { } last ? UpTo(db, level, last, ends: false) : Totals(db, level);
        if (from is { } first && first > DateOnly.MinValue)
        {
            foreach (var (area, ended) in UpTo(db, level, first.AddDays(-1), ends: true))
                counts[area] = counts.GetValueOrDefault(area) - ended;
        }
        foreach (var area in counts.Where(c => c.Value <= 0).Select(c => c.Key).ToList())
            counts.Remove(area);
        return counts;
    }

    /// <summary>
    /// Starts (or ends) on or before <paramref name="day"/>: summed from the first decade on, or as the total less those
    /// after the day, whichever reads fewer periods.
    /// </summary>
    private static Dictionary<string, int> UpTo(TimelineDbContext db, PlaceLevel level, DateOnly day, bool ends)
    {
        var years = db.AreaCounts.AsNoTracking().Where(c => c.Level == level && c.Grain == CountGrain.Year);
        var firstYear = years.Min(c => (DateOnly?)c.Period)?.Year ?? day.Year;
        var lastYear = years.Max(c => (DateOnly?)c.Period)?.Year ?? day.Year;
        // Periods each way, a decade, a year and a month weighing one each (their rows per area are of the same order).
        var periodsBefore = (day.Year / 10 - firstYear / 10) + day.Year % 10 + day.Month;
        var periodsAfter = (lastYear / 10 - day.Year / 10) + (9 - day.Year % 10) + (12 - day.Month) + 1;
        if (periodsBefore <= periodsAfter)
            return Before(db, level, day, ends);
        var counts = Totals(db, level);
        foreach (var (area, later) in After(db, level, day, ends))
            counts[area] = counts.GetValueOrDefault(area) - later;
        return counts;
    }

    private static Dictionary<string, int> Totals(TimelineDbContext db, PlaceLevel level) =>
        Sum(db.AreaCounts.AsNoTracking().Where(c => c.Level == level && c.Grain == CountGrain.Total), ends: false, into: []);

    /// <summary>
    /// Starts (or ends) on or before <paramref name="day"/>: the decades before its decade, the years of its decade before
    /// its year, the months before its month, its month's days up to it.
    /// </summary>
    private static Dictionary<string, int> Before(TimelineDbContext db, PlaceLevel level, DateOnly day, bool ends)
    {
        var decade = Summaries.SummaryWriter.Decade(day);
        var year = new DateOnly(day.Year, 1, 1);
        var month = new DateOnly(day.Year, day.Month, 1);
        var rows = db.AreaCounts.AsNoTracking().Where(c => c.Level == level);
        // One statement: the four ranges of the key, then one sum per area.
        return Sum(rows.Where(c => c.Grain == CountGrain.Decade && c.Period < decade)
            .Concat(rows.Where(c => c.Grain == CountGrain.Year && c.Period >= decade && c.Period < year))
            .Concat(rows.Where(c => c.Grain == CountGrain.Month && c.Period >= year && c.Period < month))
            .Concat(rows.Where(c => c.Grain == CountGrain.Day && c.Period >= month && c.Period <= day)), ends, []);
    }

    /// <summary>
    /// Starts (or ends) after <paramref name="day"/>: the rest of its month's days, the rest of its year's months, the
    /// rest of its decade's years, the decades after.
    /// </summary>
    private static Dictionary<string, int> After(TimelineDbContext db, PlaceLevel level, DateOnly day, bool ends)
    {
        var nextDecade = Summaries.SummaryWriter.Decade(day).AddYears(10);
        var nextYear = new DateOnly(day.Year, 1, 1).AddYears(1);
        var nextMonth = new DateOnly(day.Year, day.Month, 1).AddMonths(1);
        var rows = db.AreaCounts.AsNoTracking().Where(c => c.Level == level);
        return Sum(rows.Where(c => c.Grain == CountGrain.Decade && c.Period >= nextDecade)
            .Concat(rows.Where(c => c.Grain == CountGrain.Year && c.Period >= nextYear && c.Period < nextDecade))
            .Concat(rows.Where(c => c.Grain == CountGrain.Month && c.Period >= nextMonth && c.Period < nextYear))
            .Concat(rows.Where(c => c.Grain == CountGrain.Day && c.Period > day && c.Period < nextMonth)), ends, []);
    }

    private static Dictionary<string, int> Sum(IQueryable<AreaCountRecord> rows, bool ends, Dictionary<string, int> into)
    {
        var sums = ends
            ? rows.GroupBy(c => c.Area).Select(g => new { g.Key, Events = g.Sum(c => c.Ends) })
            : rows.GroupBy(c => c.Area).Select(g => new { g.Key, Events = g.Sum(c => c.Starts) });
        foreach (var sum in sums)
            into[sum.Key] = into.GetValueOrDefault(sum.Key) + sum.Events;
        return into;
    }
}
