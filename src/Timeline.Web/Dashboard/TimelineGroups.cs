using System.Globalization;
using Timeline.Core.Time;
using Timeline.Data.Queries;

namespace Timeline.Web.Dashboard;

/// <summary>
/// The headings of the timeline: day events under their day, coarser events (a month, a year, a range) under their
/// period. The timeline is virtualized, so a heading is decided from an event and the one before it, never from a list.
/// </summary>
public static class TimelineGroups
{
    /// <summary>
    /// The heading to show above <paramref name="current"/>: its group's heading when it starts a group (first event,
    /// or a different day or period than <paramref name="previous"/>), else null.
    /// </summary>
    public static string? HeadingAbove(EventView? previous, EventView current) =>
        previous is not null && Key(previous) == Key(current) ? null : Heading(current);

    /// <summary>The heading of an event's group: <c>Thursday 26 December 2024</c>, <c>Dec 2024 (month only)</c>.</summary>
    public static string Heading(EventView e) =>
        e.Precision == DatePrecision.Day
            ? e.Start.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)
            : $"{EventDateText.Label(e.Start, e.End, e.Precision)} ({EventDateText.PrecisionNote(e.Precision)})";

    private static (DateOnly Start, DateOnly End, DatePrecision Precision) Key(EventView e) =>
        e.Precision == DatePrecision.Day ? (e.Start, e.Start, DatePrecision.Day) : (e.Start, e.End, e.Precision);
}
