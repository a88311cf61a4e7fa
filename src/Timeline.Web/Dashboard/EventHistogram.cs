using System.Globalization;
using Timeline.Data.Queries;

namespace Timeline.Web.Dashboard;

/// <summary>Width of one histogram column.</summary>
public enum HistogramScale { Day, Week, Month, Year }

/// <summary>One column of the dashboard's histogram: the days it covers (inclusive) and the events that start in them.</summary>
public sealed record HistogramColumn(DateOnly Start, DateOnly End, int Events, string Label)
{
    /// <summary>"Dec 2024: 12 events", the bar's accessible name.</summary>
    public string Description => $"{Label}: {Events} {(Events == 1 ? "event" : "events")}";

    /// <summary>True when the column's days meet the range [from, to] (an open end reaches everything).</summary>
    public bool Meets(DateOnly? from, DateOnly? to) => (from is null || End >= from) && (to is null || Start <= to);
}

/// <summary>A label under the histogram at a column (a year, or a month on finer scales).</summary>
public sealed record HistogramTick(int Column, string Label);

/// <summary>The histogram of a view: every column from the first event to the last, empty ones included.</summary>
public sealed record HistogramView(HistogramScale Scale, IReadOnlyList<HistogramColumn> Columns, IReadOnlyList<HistogramTick> Ticks)
{
    public static HistogramView Empty { get; } = new(HistogramScale.Month, [], []);

    /// <summary>The largest column, at least 1 (the bars' full height).</summary>
    public int MaxEvents => Columns.Count == 0 ? 1 : Math.Max(1, Columns.Max(c => c.Events));

    /// <summary>"Events per month".</summary>
    public string Caption => $"Events per {Scale.ToString().ToLowerInvariant()}";

    /// <summary>The date range from column <paramref name="first"/> to column <paramref name="last"/>, in either order.</summary>
    public (DateOnly From, DateOnly To) Range(int first, int last) =>
        (Columns[Math.Min(first, last)].Start, Columns[Math.Max(first, last)].End);
}

/// <summary>
/// Builds the dashboard's histogram of events over time from <see cref="EventQueryService.Histogram"/>: the column width
/// follows the span of the events (days up to 3 months, weeks up to 2 years, months up to 30 years, then years), so
/// that a view has between a handful and a few hundred columns; empty buckets between the first and last event are
/// filled in so that time runs evenly. Events count in the bucket of their start day.
/// </summary>
public static class EventHistogram
{
    private const int MaxDayMonths = 3;
    private const int MaxWeekMonths = 24;
    private const int MaxMonthMonths = 360;
    private const int MaxTicks = 12;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// The histogram of <paramref name="filter"/>. One query by month (to learn the span), a second by day or week
    /// when the span is short; both are cached by the query service.
    /// </summary>
    public static HistogramView Load(EventQueryService queries, EventFilter filter)
    {
        var months = queries.Histogram(filter, HistogramBucket.Month);
        if (months.Count == 0)
            return HistogramView.Empty;
        var scale = ScaleFor(months[0].Start, months[^1].Start);
        var bars = scale switch
        {
            HistogramScale.Day => queries.Histogram(filter, HistogramBucket.Day),
            HistogramScale.Week => queries.Histogram(filter, HistogramBucket.Week),
            _ => months,
        };
        return Build(bars, scale);
    }

    /// <summary>The scale for events whose start days lie in the months from <paramref name="firstMonth"/> to <paramref name="lastMonth"/>.</summary>
    public static HistogramScale ScaleFor(DateOnly firstMonth, DateOnly lastMonth)
    {
        var months = (lastMonth.Year - firstMonth.Year) * 12 + lastMonth.Month - firstMonth.Month + 1;
        return months switch
        {
            <= MaxDayMonths => HistogramScale.Day,
            <= MaxWeekMonths => HistogramScale.Week,
            <= MaxMonthMonths => HistogramScale.Month,
            _ => HistogramScale.Year,
        };
    }

    /// <summary>
    /// Columns at <paramref name="scale"/> from bars in date order whose starts are bucket starts of the same or a finer
    /// bucket (month bars for a year scale). Buckets without bars become empty columns.
    /// </summary>
    public static HistogramView Build(IReadOnlyList<HistogramBar> bars, HistogramScale scale)
    {
        if (bars.Count == 0)
            return HistogramView.Empty;
        var counts = bars.GroupBy(b => BucketStart(b.Start, scale)).ToDictionary(g => g.Key, g => g.Sum(b => b.Events));
        var last = counts.Keys.Max();
        var columns = new List<HistogramColumn>();
        for (var start = counts.Keys.Min(); start <= last; start = Next(start, scale))
            columns.Add(new HistogramColumn(start, Next(start, scale).AddDays(-1), counts.GetValueOrDefault(start), Label(start, scale)));
        return new HistogramView(scale, columns, Ticks(columns, scale));
    }

    private static List<HistogramTick> Ticks(List<HistogramColumn> columns, HistogramScale scale)
    {
        // A tick where a larger unit begins: a new year for months and years, a new month for days and weeks.
        var ticks = new List<HistogramTick>();
        for (var i = 0; i < columns.Count; i++)
        {
            var start = columns[i].Start;
            var previous = i == 0 ? (DateOnly?)null : columns[i - 1].Start;
            if (scale is HistogramScale.Month or HistogramScale.Year)
            {
                if (previous is null || previous.Value.Year != start.Year)
                    ticks.Add(new HistogramTick(i, start.Year.ToString(Invariant)));
            }
            else if (previous is null || previous.Value.Month != start.Month)
            {
                ticks.Add(new HistogramTick(i, start.ToString("MMM yyyy", Invariant)));
            }
        }
        var step = (ticks.Count + MaxTicks - 1) / MaxTicks;
        return step <= 1 ? ticks : ticks.Where((_, i) => i % step == 0).ToList();
    }

    private static DateOnly BucketStart(DateOnly day, HistogramScale scale) => scale switch
    {
        HistogramScale.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        HistogramScale.Month => new DateOnly(day.Year, day.Month, 1),
        HistogramScale.Year => new DateOnly(day.Year, 1, 1),
        _ => day,
    };

    private static DateOnly Next(DateOnly start, HistogramScale scale) => scale switch
    {
        HistogramScale.Week => start.AddDays(7),
        HistogramScale.Month => start.AddMonths(1),
        HistogramScale.Year => start.AddYears(1),
        _ => start.AddDays(1),
    };

    private static string Label(DateOnly start, HistogramScale scale) => scale switch
    {
        HistogramScale.Week => "Week of " + start.ToString("d MMM yyyy", Invariant),
        HistogramScale.Month => start.ToString("MMM yyyy", Invariant),
        HistogramScale.Year => start.Year.ToString(Invariant),
        _ => start.ToString("d MMM yyyy", Invariant),
    };
}
