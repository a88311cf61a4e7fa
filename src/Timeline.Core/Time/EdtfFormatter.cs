using System.Globalization;

namespace Timeline.Core.Time;

/// <summary>
/// EDTF-style values: <c>2024-12-26</c> (day), <c>2024-12</c> (month, and week — see below), <c>2019-22</c> (season,
/// EDTF level 1: 21 spring, 22 summer, 23 autumn, 24 winter), <c>2014</c> (year), <c>199X</c> (decade),
/// <c>2004/2018</c> (range, each end at its own precision), <c>2011/..</c> and <c>../2014</c> (boundaries),
/// <c>P14Y</c> (durations, ISO 8601).
/// </summary>
internal static class EdtfFormatter
{
    public static string Format(DateInterval interval, DatePrecision precision, DatePrecision startPrecision, DateOnly reference,
        DatePrecision? endPrecision = null) =>
        precision switch
        {
            DatePrecision.Day => Day(interval.Start),
            DatePrecision.Week => WeekAsMonth(interval, reference),
            DatePrecision.Month => Month(interval.Start),
            DatePrecision.Season => interval.Start.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + (20 + interval.Start.Month / 3).ToString(CultureInfo.InvariantCulture),
            DatePrecision.Year => Year(interval.Start.Year),
            DatePrecision.Decade => (interval.Start.Year / 10).ToString("D3", CultureInfo.InvariantCulture) + "X",
            _ => Format(interval with { End = interval.Start }, startPrecision, startPrecision, reference) + "/"
                 + Format(interval with { Start = interval.End }, endPrecision ?? startPrecision, endPrecision ?? startPrecision, reference),
        };

    /// <summary>
    /// Weeks are written as the month that holds most of the week's days up to the reference date: the news convention
    /// labels "this week"/"last week" at month precision, while the interval keeps the true week.
    /// </summary>
    private static string WeekAsMonth(DateInterval week, DateOnly reference)
    {
        var end = week.End > reference && week.Start <= reference ? reference : week.End;
        var middle = week.Start.AddDays((end.DayNumber - week.Start.DayNumber) / 2);
        return Month(middle);
    }

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    public static string Year(int y) => y.ToString("D4", CultureInfo.InvariantCulture);

    public static string Duration(int amount, TimeUnit unit) => unit switch
    {
        TimeUnit.Day => $"P{amount}D",
        TimeUnit.Week => $"P{amount}W",
        TimeUnit.Fortnight => $"P{2 * amount}W",
        TimeUnit.Month => $"P{amount}M",
        TimeUnit.Quarter => $"P{3 * amount}M",
        TimeUnit.Year => $"P{amount}Y",
        TimeUnit.Decade => $"P{10 * amount}Y",
        _ => $"P{100 * amount}Y",
    };
}
