using Timeline.Core.Time;
using Timeline.Data.Queries;

namespace Timeline.Web.Dashboard;

/// <summary>Events that share a heading on the timeline: one day, or one coarser period (a month, a year).</summary>
public sealed record TimelineGroup(string Heading, DateOnly Start, DatePrecision Precision, IReadOnlyList<EventView> Events);

/// <summary>Groups events (already in date order) for the timeline: day events by day, coarser events by their period.</summary>
public static class TimelineGroups
{
    public static IReadOnlyList<TimelineGroup> ByDay(IEnumerable<EventView> events) =>
        events
            .GroupBy(e => (e.Start, e.End, Precision: e.Precision == DatePrecision.Day ? DatePrecision.Day : e.Precision))
            .Select(g => new TimelineGroup(Heading(g.Key.Start, g.Key.End, g.Key.Precision), g.Key.Start, g.Key.Precision, g.ToList()))
            .ToList();

    private static string Heading(DateOnly start, DateOnly end, DatePrecision precision) =>
        precision == DatePrecision.Day
            ? start.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : $"{EventDateText.Label(start, end, precision)} ({EventDateText.PrecisionNote(precision)})";
}
