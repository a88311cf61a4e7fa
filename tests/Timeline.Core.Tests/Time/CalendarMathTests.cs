using Timeline.Core.Time;

namespace Timeline.Core.Tests.Time;

/// <summary>The calendar arithmetic behind the rules, one line per case.</summary>
public class CalendarMathTests
{
    private static DateOnly D(string iso) => TemporalTaggerTests.Day(iso);

    [Theory]
    [InlineData("2025-02-25", DayOfWeek.Monday, true, "2025-02-24")]
    [InlineData("2025-02-25", DayOfWeek.Tuesday, true, "2025-02-25")]
    [InlineData("2025-02-25", DayOfWeek.Tuesday, false, "2025-02-18")]
    [InlineData("2025-01-01", DayOfWeek.Friday, true, "2024-12-27")]
    [InlineData("2024-03-01", DayOfWeek.Thursday, true, "2024-02-29")]
    [InlineData("2025-03-01", DayOfWeek.Sunday, true, "2025-02-23")]
    public void PreviousWeekday_Reference_MostRecent(string reference, DayOfWeek weekday, bool allowSame, string expected) =>
        Assert.Equal(D(expected), CalendarMath.PreviousWeekday(D(reference), weekday, allowSame));

    [Theory]
    [InlineData("2025-02-25", DayOfWeek.Monday, true, "2025-03-03")]
    [InlineData("2025-02-25", DayOfWeek.Tuesday, true, "2025-02-25")]
    [InlineData("2025-02-25", DayOfWeek.Tuesday, false, "2025-03-04")]
    [InlineData("2024-12-30", DayOfWeek.Wednesday, true, "2025-01-01")]
    [InlineData("2024-02-27", DayOfWeek.Thursday, true, "2024-02-29")]
    public void NextWeekday_Reference_Following(string reference, DayOfWeek weekday, bool allowSame, string expected) =>
        Assert.Equal(D(expected), CalendarMath.NextWeekday(D(reference), weekday, allowSame));

    [Theory]
    [InlineData("2025-01-01", "2024-12-30")]
    [InlineData("2025-03-02", "2025-02-24")]
    [InlineData("2025-03-03", "2025-03-03")]
    [InlineData("2024-03-01", "2024-02-26")]
    public void WeekStart_AnyDay_IsMonday(string day, string expected) =>
        Assert.Equal(D(expected), CalendarMath.WeekStart(D(day)));

    [Theory]
    [InlineData("2024-12-27", 12, 26, false, "2024-12-26")]
    [InlineData("2024-12-25", 12, 26, false, "2023-12-26")]
    [InlineData("2024-12-26", 12, 26, false, "2024-12-26")]
    [InlineData("2025-02-25", 2, 29, false, "2024-02-29")]
    [InlineData("2024-12-27", 1, 2, true, "2025-01-02")]
    [InlineData("2025-03-01", 2, 29, true, "2028-02-29")]
    [InlineData("2025-01-05", 12, 31, false, "2024-12-31")]
    public void ResolveMonthDay_NoYear_NearestInTense(string reference, int month, int day, bool future, string expected) =>
        Assert.Equal(D(expected), CalendarMath.ResolveMonthDay(D(reference), month, day, future));

    [Theory]
    [InlineData(2, 30)]
    [InlineData(4, 31)]
    [InlineData(13, 1)]
    [InlineData(0, 1)]
    [InlineData(1, 32)]
    public void ResolveMonthDay_ImpossibleDay_IsNull(int month, int day) =>
        Assert.Null(CalendarMath.ResolveMonthDay(D("2025-02-25"), month, day, false));

    [Theory]
    [InlineData("2025-02-25", 12, false, 2024)]
    [InlineData("2025-02-25", 2, false, 2025)]
    [InlineData("2025-02-25", 1, false, 2025)]
    [InlineData("2024-12-20", 1, true, 2025)]
    [InlineData("2025-04-17", 5, true, 2025)]
    [InlineData("2025-04-17", 4, true, 2025)]
    [InlineData("2025-04-17", 3, true, 2026)]
    public void ResolveMonthYear_BareMonth_YearByTense(string reference, int month, bool future, int expected) =>
        Assert.Equal(expected, CalendarMath.ResolveMonthYear(D(reference), month, future));

    [Theory]
    [InlineData("Early", "2019-01-01", "2019-06-30")]
    [InlineData("Mid", "2019-05-01", "2019-08-31")]
    [InlineData("Late", "2019-07-01", "2019-12-31")]
    [InlineData("Beginning", "2019-01-01", "2019-04-30")]
    [InlineData("Middle", "2019-05-01", "2019-08-31")]
    [InlineData("End", "2019-09-01", "2019-12-31")]
    [InlineData("Whole", "2019-01-01", "2019-12-31")]
    public void Part_OfYear_TakesHalvesOrThirds(string part, string start, string end) =>
        Assert.Equal(new DateInterval(D(start), D(end)), CalendarMath.Part(DateInterval.Year(2019), Enum.Parse<PeriodPart>(part)));

    [Theory]
    [InlineData("Early", "2024-02-01", "2024-02-15")]
    [InlineData("Late", "2024-02-16", "2024-02-29")]
    [InlineData("Mid", "2024-02-10", "2024-02-20")]
    public void Part_OfMonth_SplitsAtTheMiddle(string part, string start, string end) =>
        Assert.Equal(new DateInterval(D(start), D(end)), CalendarMath.Part(DateInterval.Month(2024, 2), Enum.Parse<PeriodPart>(part)));

    [Theory]
    [InlineData(2019, 1, "2019-03-01", "2019-05-31")]
    [InlineData(2019, 2, "2019-06-01", "2019-08-31")]
    [InlineData(2019, 3, "2019-09-01", "2019-11-30")]
    [InlineData(2019, 4, "2019-12-01", "2020-02-29")]
    [InlineData(2020, 4, "2020-12-01", "2021-02-28")]
    public void Season_YearAndSeason_MeteorologicalMonths(int year, int season, string start, string end) =>
        Assert.Equal(new DateInterval(D(start), D(end)), CalendarMath.Season(year, season));
}
