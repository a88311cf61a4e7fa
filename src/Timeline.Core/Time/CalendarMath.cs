namespace Timeline.Core.Time;

/// <summary>Which part of a period a modifier selects ("early 2018", "mid-2019", "late last year", "end of March").</summary>
internal enum PeriodPart { Whole, Early, Mid, Late, Beginning, Middle, End }

/// <summary>Calendar arithmetic for resolving phrases: weeks start on Monday (ISO 8601).</summary>
internal static class CalendarMath
{
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateInterval Week(DateOnly day)
    {
        var start = WeekStart(day);
        return new DateInterval(start, start.AddDays(6));
    }

    /// <summary>The most recent <paramref name="weekday"/> on or before (or strictly before) <paramref name="reference"/>.</summary>
    public static DateOnly PreviousWeekday(DateOnly reference, DayOfWeek weekday, bool allowSame)
    {
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        if (back == 0 && !allowSame)
            back = 7;
        return reference.AddDays(-back);
    }

    /// <summary>The next <paramref name="weekday"/> on or after (or strictly after) <paramref name="reference"/>.</summary>
    public static DateOnly NextWeekday(DateOnly reference, DayOfWeek weekday, bool allowSame)
    {
        var ahead = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
        if (ahead == 0 && !allowSame)
            ahead = 7;
        return reference.AddDays(ahead);
    }

    /// <summary>The weekday inside the Monday-based week that contains <paramref name="day"/>.</summary>
    public static DateOnly WeekdayInWeek(DateOnly day, DayOfWeek weekday) =>
        WeekStart(day).AddDays(((int)weekday + 6) % 7);

    public static DateOnly Shift(DateOnly day, int amount, TimeUnit unit) => unit switch
    {
        TimeUnit.Day => day.AddDays(amount),
        TimeUnit.Week => day.AddDays(7 * amount),
        TimeUnit.Fortnight => day.AddDays(14 * amount),
        TimeUnit.Month => day.AddMonths(amount),
        TimeUnit.Quarter => day.AddMonths(3 * amount),
        TimeUnit.Year => day.AddYears(amount),
        TimeUnit.Decade => day.AddYears(10 * amount),
        _ => day.AddYears(100 * amount),
    };

    public static DatePrecision PrecisionOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => DatePrecision.Day,
        TimeUnit.Week or TimeUnit.Fortnight => DatePrecision.Week,
        TimeUnit.Month or TimeUnit.Quarter => DatePrecision.Month,
        TimeUnit.Year => DatePrecision.Year,
        _ => DatePrecision.Decade,
    };

    /// <summary>The interval of the given precision that contains <paramref name="day"/> (Day, Week, Month, Year, Decade).</summary>
    public static DateInterval Containing(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => DateInterval.Day(day),
        DatePrecision.Week => Week(day),
        DatePrecision.Month => DateInterval.Month(day.Year, day.Month),
        DatePrecision.Decade => Decade(day.Year / 10 * 10),
        _ => DateInterval.Year(day.Year),
    };

    public static DateInterval Decade(int firstYear) =>
        new(new DateOnly(firstYear, 1, 1), new DateOnly(firstYear + 9, 12, 31));

    /// <summary>Season interval: spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb (starting in December of <paramref name="year"/>).</summary>
    public static DateInterval Season(int year, int season)
    {
        var start = new DateOnly(year, 3 * season, 1);
        return new DateInterval(start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>
    /// A part of a period. "early/late" take halves, "beginning/middle/end" and "mid" take thirds — the spans used
    /// by the Recognizers-Text specs, so that "late 2019" is Jul–Dec and "mid-2019" May–Aug.
    /// </summary>
    public static DateInterval Part(DateInterval whole, PeriodPart part)
    {
        if (part == PeriodPart.Whole)
            return whole;
        var days = whole.End.DayNumber - whole.Start.DayNumber + 1;
        if (days == 7)
        {
            // Weeks: early = Mon–Wed, mid = Tue–Fri, late/end = Thu–Sun.
            return part switch
            {
                PeriodPart.Early or PeriodPart.Beginning => new(whole.Start, whole.Start.AddDays(2)),
                PeriodPart.Mid or PeriodPart.Middle => new(whole.Start.AddDays(1), whole.Start.AddDays(4)),
                _ => new(whole.Start.AddDays(3), whole.End),
            };
        }
        if (days <= 31)
        {
            var mid = whole.Start.AddDays(15);
            return part switch
            {
                PeriodPart.Early or PeriodPart.Beginning => new(whole.Start, mid.AddDays(-1)),
                PeriodPart.Mid or PeriodPart.Middle => new(whole.Start.AddDays(9), whole.Start.AddDays(19)),
                _ => new(mid, whole.End),
            };
        }
        var months = (whole.End.Year - whole.Start.Year) * 12 + whole.End.Month - whole.Start.Month + 1;
        var (from, to) = part switch
        {
            PeriodPart.Early => (0, months / 2),
            PeriodPart.Late => (months - months / 2, months),
            PeriodPart.Beginning => (0, months / 3),
            PeriodPart.End => (months - months / 3, months),
            _ => (months / 3, months - months / 3),
        };
        return new DateInterval(whole.Start.AddMonths(from), whole.Start.AddMonths(to).AddDays(-1));
    }

    /// <summary>A day-and-month without a year: the most recent such date up to the reference (or the next one when future).</summary>
    public static DateOnly? ResolveMonthDay(DateOnly reference, int month, int day, bool future)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
            return null;
        // Feb 29 can be up to eight years away; other invalid days (Feb 30) never resolve.
        for (var k = 0; k <= 8; k++)
        {
            var year = future ? reference.Year + k : reference.Year - k;
            if (day > DateTime.DaysInMonth(year, month))
                continue;
            var date = new DateOnly(year, month, day);
            if (future ? date >= reference : date <= reference)
                return date;
        }
        return null;
    }

    /// <summary>A month without a year: the most recent one up to the reference month, or the next one when future.</summary>
    public static int ResolveMonthYear(DateOnly reference, int month, bool future) =>
        future ? (month >= reference.Month ? reference.Year : reference.Year + 1)
               : (month <= reference.Month ? reference.Year : reference.Year - 1);

    public static DateOnly? SafeDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
}
