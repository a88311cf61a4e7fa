namespace Timeline.Core.Time;

/// <summary>Ranges ("between 2004 and 2018"), boundaries ("since 2011"), weeks and weekdays of a period.</summary>
internal ref partial struct DateScanner
{
    /// <summary>"between X and Y", "from X to Y", "from 4 to 22 January".</summary>
    private bool TryRange(int i, out ParsedDate p)
    {
        p = default;
        if (TryDayRange(i, i + 1, out p))
            return true;
        ParsedDate a;
        if (KeyAt(i + 1, Key.Now) || KeyAt(i + 1, Key.Today))
        {
            // "between now and November 15th": the other end lies ahead.
            a = ParsedDate.Day(i + 1, i + 1, reference, false, "now");
            forceFuture = true;
        }
        else if (!TryPoint(i + 1, out a) || a.Precision == DatePrecision.Range)
        {
            return false;
        }
        var k = a.Last + 1;
        if (!IsConnector(k, allowAnd: KeyAt(i, Key.Between)))
            return false;
        ParsedDate b;
        if (KeyAt(k + 1, Key.Now) || KeyAt(k + 1, Key.Today))
            b = ParsedDate.Day(k + 1, k + 1, reference, false, "now");
        else if (!TryPoint(k + 1, out b))
            return false;
        p = Combine(i, a, b);
        return true;
    }

    /// <summary>A point followed by "to Y", "- Y", "through Y", "until Y": "Oct. 2 to October 22", "2014-2018".</summary>
    private void TryRangeTail(ref ParsedDate p)
    {
        if (p.Precision == DatePrecision.Range || p.Kind != TimeMentionKind.Date || !IsConnector(p.Last + 1, allowAnd: false))
            return;
        if (TryPoint(p.Last + 2, out var b) && b.Precision != DatePrecision.Range && b.Interval.End >= p.Interval.Start)
            p = Combine(p.First, p, b);
    }

    private readonly bool IsConnector(int k, bool allowAnd) =>
        KeyAt(k, Key.To) || KeyAt(k, Key.Through) || KeyAt(k, Key.Until) || (allowAnd && KeyAt(k, Key.And))
        || (At(k).Kind == TokenKind.Punct && At(k).Value is '-' or '\u2013' or '\u2014');

    private readonly ParsedDate Combine(int first, ParsedDate a, ParsedDate b)
    {
        // "from Feb 1st to March 2019": the start borrows the year written at the end.
        if (!a.Explicit && b.Explicit && a.Precision is DatePrecision.Day or DatePrecision.Month && a.Rule.StartsWith("month", StringComparison.Ordinal))
        {
            var s = a.Interval.Start;
            for (var year = b.Interval.Start.Year; year >= b.Interval.Start.Year - 1; year--)
            {
                if (CalendarMath.SafeDate(year, s.Month, s.Day) is { } moved && moved <= b.Interval.End)
                {
                    a.Interval = a.Precision == DatePrecision.Day ? DateInterval.Day(moved) : DateInterval.Month(year, s.Month);
                    break;
                }
            }
        }
        else if (!a.Explicit && !b.Explicit && a.Interval.Start > b.Interval.Start && a.Precision is DatePrecision.Day or DatePrecision.Month)
        {
            a.Interval = new DateInterval(a.Interval.Start.AddYears(-1), a.Interval.End.AddYears(-1));
        }
        var range = ParsedDate.Of(first, b.Last, new DateInterval(a.Interval.Start, b.Interval.End), DatePrecision.Range,
            a.Explicit || b.Explicit, "range");
        range.StartPrecision = a.Precision;
        range.EndPrecision = b.Precision;
        return range;
    }

    /// <summary>"4-22 January, 1995", "from 4 to 22 this month", "3 until 12 of Sept": two days of one month.</summary>
    private bool TryDayRange(int first, int j, out ParsedDate p)
    {
        p = default;
        if (!IsDayNumber(j, out var d1) || !IsConnector(j + 1, allowAnd: true))
            return false;
        if (At(j + 2).Kind == TokenKind.Word && At(j + 2).Class is LexClass.Month or LexClass.MonthAbbrev
            && TryMonthLed(j + 2, out var monthDay) && monthDay.Precision == DatePrecision.Day)
            return DayRange(first, monthDay, d1, out p);
        if (!IsDayNumber(j + 2, out var d2) || d2 < d1)
            return false;
        var m = KeyAt(j + 3, Key.Of) || KeyAt(j + 3, Key.In) ? j + 4 : j + 3;
        var tok = At(m);
        if (tok.Kind == TokenKind.Word && tok.Class is LexClass.Month or LexClass.MonthAbbrev)
        {
            if (!FinishMonthDay(first, m, tok.Value, d2, out var end) || end.IsInvalid)
                return false;
            return DayRange(first, end, d1, out p);
        }
        if (tok.Kind == TokenKind.Word && tok.Class == LexClass.Keyword && (Key)tok.Value is Key.This or Key.Next or Key.Last
            && At(m + 1).IsWord(LexClass.Unit) && At(m + 1).Value == (int)TimeUnit.Month)
        {
            var month = reference.AddMonths((Key)tok.Value switch { Key.Next => 1, Key.Last => -1, _ => 0 });
            if (CalendarMath.SafeDate(month.Year, month.Month, d2) is not { } endDay)
                return false;
            return DayRange(first, ParsedDate.Day(first, m + 1, endDay, false, "day-range"), d1, out p);
        }
        return false;
    }

    /// <summary>"November 19-20", "November 19 to 20", "Jan 4 - 22, 1995".</summary>
    private bool TryMonthDayRange(int first, int month, int d1, int dayLast, out ParsedDate p)
    {
        p = default;
        if (!IsConnector(dayLast + 1, allowAnd: false) || !IsDayNumber(dayLast + 2, out var d2) || d2 <= d1)
            return false;
        var next = At(dayLast + 3);
        if (next.Kind == TokenKind.Word && next.Class is LexClass.Month or LexClass.MonthAbbrev)
            return false;
        // Resolve on the first day, as a reader does: "November 19-20" in early November 2016 is November 2015.
        if (!FinishMonthDay(first, dayLast + 2, month, d1, out var start) || start.IsInvalid)
            return false;
        return DayRange(first, start with { Last = start.Explicit ? start.Last : dayLast + 2 }, d1, out p, d2);
    }

    private static bool DayRange(int first, ParsedDate anchorDay, int otherDay, out ParsedDate p, int endDay = 0)
    {
        p = default;
        var day = anchorDay.Interval.Start;
        var start = endDay == 0 ? CalendarMath.SafeDate(day.Year, day.Month, otherDay) : day;
        var end = endDay == 0 ? day : CalendarMath.SafeDate(day.Year, day.Month, endDay);
        if (start is null || end is null)
            return false;
        p = ParsedDate.Of(first, anchorDay.Last, new DateInterval(start.Value, end.Value), DatePrecision.Range, anchorDay.Explicit, "day-range");
        p.StartPrecision = p.EndPrecision = DatePrecision.Day;
        return true;
    }

    /// <summary>
    /// "since 2011", "before 2014", "until 2018", "prior to 2003": open-ended, not an event date. "since" always makes a
    /// boundary; the others only before a written year, so "before the end of the year" stays a (planned) date.
    /// "since the start of the month" dates an ongoing happening to the current month.
    /// </summary>
    private bool TryBoundary(int i, out ParsedDate p)
    {
        p = default;
        var key = (Key)t[i].Value;
        var j = i + 1;
        if (key == Key.Prior)
        {
            if (!KeyAt(j, Key.To))
                return false;
            j++;
        }
        if (key == Key.Since && KeyAt(j, Key.The) && (KeyAt(j + 1, Key.Start) || KeyAt(j + 1, Key.Beginning)) && KeyAt(j + 2, Key.Of)
            && (KeyAt(j + 3, Key.The) || KeyAt(j + 3, Key.This)) && At(j + 4).IsWord(LexClass.Unit))
        {
            var period = Period(i, j + 4, (TimeUnit)At(j + 4).Value, 0);
            if (!period.Found)
                return false;
            period.Interval = period.Interval with { End = reference };
            period.Rule = "since-period-start";
            p = period;
            return true;
        }
        if (!TryPoint(j, out var point) || point.IsInvalid)
            return false;
        if (key != Key.Since && !point.Explicit)
        {
            p = point;
            return true;
        }
        var value = EdtfFormatter.Format(point.Interval, point.Precision, point.StartPrecision, reference);
        p = point;
        p.First = i;
        p.Kind = TimeMentionKind.Boundary;
        p.Edtf = key is Key.Since or Key.After ? value + "/.." : "../" + value;
        p.Rule = key switch { Key.Since => "since", Key.After => "after", Key.Until => "until", _ => "before" };
        return true;
    }

    /// <summary>
    /// "the first week of Oct", "the last week of July", "the third week of 2027", "first week of this year",
    /// "the third week next year". <paramref name="n"/> is 1–5, or -1 for "last". Weeks of a month are the
    /// Monday-based weeks whose Thursday falls in the month; weeks of a year are ISO 8601 weeks.
    /// </summary>
    private bool TryNthWeekOf(int first, int n, int k, out ParsedDate p)
    {
        p = default;
        var of = KeyAt(k, Key.Of) || KeyAt(k, Key.In);
        if (!of && !(At(k).Kind == TokenKind.Word && At(k).Class == LexClass.Keyword && (Key)At(k).Value is Key.Next or Key.This or Key.Last))
            return false;
        if (!TryPoint(of ? k + 1 : k, out var period))
            return false;
        var start = period.Interval.Start;
        DateOnly thursday;
        if (period.Precision == DatePrecision.Month)
        {
            var firstThursday = CalendarMath.NextWeekday(start, DayOfWeek.Thursday, true);
            thursday = n > 0 ? firstThursday.AddDays(7 * (n - 1))
                             : CalendarMath.PreviousWeekday(period.Interval.End, DayOfWeek.Thursday, true);
            if (thursday.Month != start.Month)
                return false;
        }
        else if (period.Precision == DatePrecision.Year)
        {
            var weeks = System.Globalization.ISOWeek.GetWeeksInYear(start.Year);
            var week = n > 0 ? n : weeks;
            thursday = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(start.Year, week, DayOfWeek.Thursday));
        }
        else
        {
            return false;
        }
        p = ParsedDate.Of(first, period.Last, CalendarMath.Week(thursday), DatePrecision.Week, period.Explicit, "nth-week-of-period");
        return true;
    }

    /// <summary>"the first Sunday of July", "the third Wednesday of previous month", "the first week of Oct", "first Sunday".</summary>
    private bool TryNthWeekday(int first, int ordinalLast, out ParsedDate p)
    {
        p = default;
        var n = At(ordinalLast).Value;
        var what = At(ordinalLast + 1);
        var isWeek = what.IsWord(LexClass.Unit) && what.Value == (int)TimeUnit.Week;
        if (n is < 1 or > 5 || !(what.IsWord(LexClass.Weekday) || isWeek))
            return false;
        if (isWeek)
            return TryNthWeekOf(first, n, ordinalLast + 2, out p);
        var k = ordinalLast + 2;
        int year, month, last = ordinalLast + 1;
        if (KeyAt(k, Key.Of) || KeyAt(k, Key.In))
        {
            if (!TryPoint(k + 1, out var m) || m.Precision != DatePrecision.Month)
                return false;
            (year, month, last) = (m.Interval.Start.Year, m.Interval.Start.Month, m.Last);
        }
        else
        {
            (year, month) = (reference.Year, reference.Month);
        }
        var firstOfMonth = new DateOnly(year, month, 1);
        var day = CalendarMath.NextWeekday(firstOfMonth, (DayOfWeek)what.Value, true).AddDays(7 * (n - 1));
        if (day.Month != month)
        {
            p = ParsedDate.Invalid(first, last);
            return true;
        }
        p = ParsedDate.Day(first, last, day, false, "nth-weekday-of-month");
        return true;
    }
}
