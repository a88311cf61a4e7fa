using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Tests.Dashboard;

public class EventHistogramTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-12-01", "2024-12-01", HistogramScale.Day)]
    [InlineData("2024-12-01", "2025-02-01", HistogramScale.Day)]
    [InlineData("2024-12-01", "2025-03-01", HistogramScale.Week)]
    [InlineData("2023-03-01", "2025-02-01", HistogramScale.Week)]
    [InlineData("2023-02-01", "2025-02-01", HistogramScale.Month)]
    [InlineData("2004-01-01", "2025-02-01", HistogramScale.Month)]
    [InlineData("1990-01-01", "2025-02-01", HistogramScale.Year)]
    public void ScaleFor_SpanOfMonths_PicksColumnWidth(string first, string last, HistogramScale expected) =>
        Assert.Equal(expected, EventHistogram.ScaleFor(D(first), D(last)));

    [Fact]
    public void Build_MonthBars_FillsEmptyMonthsAndLabelsThem()
    {
        var view = EventHistogram.Build([new(D("2024-11-01"), 3), new(D("2025-02-01"), 12)], HistogramScale.Month);

        Assert.Equal(["Nov 2024: 3 events", "Dec 2024: 0 events", "Jan 2025: 0 events", "Feb 2025: 12 events"],
            view.Columns.Select(c => c.Description));
        Assert.Equal(12, view.MaxEvents);
        Assert.Equal("Events per month", view.Caption);
    }

    [Fact]
    public void Range_MonthColumns_FirstDayOfFirstToLastDayOfLast()
    {
        var view = EventHistogram.Build([new(D("2024-11-01"), 3), new(D("2025-02-01"), 12)], HistogramScale.Month);

        Assert.Equal((D("2024-12-01"), D("2025-02-28")), view.Range(1, 3));
        Assert.Equal((D("2024-12-01"), D("2025-02-28")), view.Range(3, 1));
        Assert.Equal((D("2024-11-01"), D("2024-11-30")), view.Range(0, 0));
    }

    [Fact]
    public void Build_WeekBars_MondayToSunday()
    {
        var view = EventHistogram.Build([new(D("2024-12-23"), 1), new(D("2025-01-06"), 2)], HistogramScale.Week);

        Assert.Equal(["Week of 23 Dec 2024: 1 event", "Week of 30 Dec 2024: 0 events", "Week of 6 Jan 2025: 2 events"],
            view.Columns.Select(c => c.Description));
        Assert.Equal((D("2024-12-30"), D("2025-01-12")), view.Range(1, 2));
    }

    [Fact]
    public void Build_MonthBarsOnYearScale_SumsYears()
    {
        var view = EventHistogram.Build([new(D("2004-03-01"), 1), new(D("2004-07-01"), 2), new(D("2006-01-01"), 4)], HistogramScale.Year);

        Assert.Equal(["2004: 3 events", "2005: 0 events", "2006: 4 events"], view.Columns.Select(c => c.Description));
        Assert.Equal((D("2005-01-01"), D("2006-12-31")), view.Range(1, 2));
    }

    [Fact]
    public void Build_MonthsOverYears_TicksAtEachNewYear()
    {
        var view = EventHistogram.Build([new(D("2023-11-01"), 1), new(D("2025-02-01"), 1)], HistogramScale.Month);

        Assert.Equal([(0, "2023"), (2, "2024"), (14, "2025")], view.Ticks.Select(t => (t.Column, t.Label)));
    }

    [Fact]
    public void Build_NoBars_Empty()
    {
        Assert.Empty(EventHistogram.Build([], HistogramScale.Day).Columns);
    }

    [Theory]
    [InlineData("2024-12-01", "2024-12-31", null, null, true)]
    [InlineData("2024-12-01", "2024-12-31", "2024-12-31", null, true)]
    [InlineData("2024-12-01", "2024-12-31", "2025-01-01", null, false)]
    [InlineData("2024-12-01", "2024-12-31", null, "2024-12-01", true)]
    [InlineData("2024-12-01", "2024-12-31", null, "2024-11-30", false)]
    public void Meets_OpenOrClosedRange(string start, string end, string? from, string? to, bool expected) =>
        Assert.Equal(expected, new HistogramColumn(D(start), D(end), 0, "").Meets(from is null ? null : D(from), to is null ? null : D(to)));
}
