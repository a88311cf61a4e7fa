namespace Timeline.Core.Time;

/// <summary>Ranges ("between 2004 and 2018"), boundaries ("since 2011"), amounts ("two days later", "14 years").</summary>
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
    /// "two days later", "a week after the attack", "10 years later", "3 days ago", "two weeks from now",
    /// "1 month and 21 days ago", "for 3 days from today"; otherwise a duration ("14 years", "for 17 years").
    /// </summary>
    private bool TryAmount(int i, out ParsedDate p)
    {
        p = default;
        if (!ReadAmount(i, out var amount, out var j))
            return false;
        var unit = (TimeUnit)At(j).Value;
        // Further "amount unit" pairs make a compound offset ("2 years 1 month 21 days ago").
        var offset = new Offset(amount, unit);
        var k = j + 1;
        for (var parts = 1; parts < 3; parts++)
        {
            var m = At(k).IsPunct(',') || KeyAt(k, Key.And) ? k + 1 : k;
            if (!ReadAmount(m, out var more, out var moreUnit))
                break;
            offset = offset.Add(more, (TimeUnit)At(moreUnit).Value);
            k = moreUnit + 1;
        }
        if (k != j + 1 && !IsDirection(k))
            k = j + 1;
        if (k == j + 1)
            offset = new Offset(amount, unit);
        var after = At(k);
        if (KeyAt(i - 1, Key.For) && TryStartingRange(i, k, offset, out p))
            return true;
        if (TryHence(i, k, offset, out p))
            return true;
        if (after.IsKey(Key.Ago))
            return Shifted(out p, i, k, reference, DatePrecision.Day, offset, -1, "ago", weekAsDay: false);
        if (after.IsKey(Key.From) && BaseDay(k + 1) is { } lessFrom && WordAt(i - 1, "than") && WordAt(i - 2, "less"))
            return LessThan(out p, i - 2, k + 1, lessFrom, offset);
        if (after.IsKey(Key.After) && BaseDay(k + 1) is { } afterDay && WordAt(i - 1, "than") && WordAt(i - 2, "less"))
            return LessThan(out p, i - 2, k + 1, afterDay, offset);
        if (after.IsKey(Key.From) && BaseDay(k + 1) is { } fromDay)
            return Shifted(out p, i, k + 1, fromDay, DatePrecision.Day, offset, 1, "from-day", weekAsDay: true);
        if (after.IsKey(Key.Later) || after.IsKey(Key.Earlier))
        {
            var (baseDay, basePrecision) = AnchorBase();
            return Shifted(out p, i, k, baseDay, basePrecision, offset, after.IsKey(Key.Later) ? 1 : -1, "anchor-later", weekAsDay: true);
        }
        if (after.IsKey(Key.After) || after.IsKey(Key.Before))
        {
            var sign = after.IsKey(Key.After) ? 1 : -1;
            if (TryPoint(k + 1, out var basePoint) && basePoint.Precision != DatePrecision.Range)
                return Shifted(out p, i, basePoint.Last, basePoint.Interval.Start, basePoint.Precision, offset, sign, "amount-after-date", weekAsDay: true);
            // "a week after the attack": the event named is the anchor of the discourse. "seven years after it was
            // destroyed" points to a clause, not to the discourse date, so it stays a plain duration.
            if (KeyAt(k + 1, Key.The) && At(k + 2).Kind == TokenKind.Word && !At(k + 2).Is(TokenFlags.Capitalized))
            {
                var (baseDay, basePrecision) = AnchorBase();
                return Shifted(out p, i, k + 2, baseDay, basePrecision, offset, sign, "anchor-after", weekAsDay: true);
            }
        }
        if (TryStartingRange(i, k, offset, out p))
            return true;
        var vague = At(i).IsWord(LexClass.NumberWord) && At(i).Value > TimeLexicon.Vague;
        if (vague && amount == 1 && !KeyAt(i - 1, Key.For) && !IsApproximation(i - 1))
            return false;
        p = ParsedDate.Of(i, j, DateInterval.Day(reference), CalendarMath.PrecisionOf(unit), false, "duration");
        p.Kind = TimeMentionKind.Duration;
        p.Edtf = EdtfFormatter.Duration(amount, unit);
        return true;
    }

    /// <summary>"less than 2 weeks from today": the span from the base day to the end of the amount.</summary>
    private static bool LessThan(out ParsedDate p, int first, int last, DateOnly baseDay, Offset offset)
    {
        p = ParsedDate.Of(first, last, new DateInterval(baseDay, offset.ApplyTo(baseDay, 1)), DatePrecision.Range, false, "less-than-amount");
        p.StartPrecision = p.EndPrecision = DatePrecision.Day;
        return true;
    }

    /// <summary>An amount and a unit: "14 years", "two days", "a week", "a few months", "21 days".</summary>
    private readonly bool ReadAmount(int i, out int amount, out int unitIndex)
    {
        var tok = At(i);
        amount = 0;
        unitIndex = i + 1;
        if (tok.Kind == TokenKind.Number)
        {
            if (!tok.IsPlainNumber || tok.Is(TokenFlags.Ordinal) || tok.Digits > 3 || IsFraction(i))
                return false;
            amount = tok.Value;
        }
        else if (tok.IsWord(LexClass.NumberWord))
        {
            amount = tok.Value % TimeLexicon.Vague;
            if (At(unitIndex).IsWord(LexClass.NumberWord) && At(unitIndex).Value > TimeLexicon.Vague)
                amount = At(unitIndex++).Value % TimeLexicon.Vague;
            else if (amount is >= 20 and <= 90 && At(unitIndex).IsWord(LexClass.NumberWord) && At(unitIndex).Value is >= 1 and <= 9)
                amount += At(unitIndex++).Value;
        }
        else
        {
            return false;
        }
        return At(unitIndex).IsWord(LexClass.Unit);
    }

    private readonly bool IsDirection(int k) =>
        KeyAt(k, Key.Ago) || KeyAt(k, Key.Later) || KeyAt(k, Key.Earlier) || KeyAt(k, Key.After) || KeyAt(k, Key.Before) || KeyAt(k, Key.From);

    /// <summary>now, today, tomorrow, yesterday as the base of "two days from tomorrow".</summary>
    private readonly DateOnly? BaseDay(int i) => At(i).Kind == TokenKind.Word && At(i).Class == LexClass.Keyword
        ? (Key)At(i).Value switch
        {
            Key.Now or Key.Today => reference,
            Key.Tomorrow => reference.AddDays(1),
            Key.Yesterday => reference.AddDays(-1),
            _ => null,
        }
        : null;

    /// <summary>"(for) 3 days starting from next Monday", "2 weeks starting May 20th", "3 days, from today": a range of that length.</summary>
    private bool TryStartingRange(int i, int k, Offset offset, out ParsedDate p)
    {
        p = default;
        if (At(k).IsPunct(','))
            k++;
        var starting = KeyAt(k, Key.Starting) || KeyAt(k, Key.Beginning);
        if (!starting && !KeyAt(i - 1, Key.For))
            return false;
        if (!starting && !KeyAt(k, Key.From))
            return false;
        k++;
        if (KeyAt(k, Key.From) || KeyAt(k, Key.On))
            k++;
        ParsedDate start;
        if (BaseDay(k) is { } day)
            start = ParsedDate.Day(k, k, day, false, "now");
        else if (!TryPoint(k, out start) || start.Precision != DatePrecision.Day)
            return false;
        var first = start.Interval.Start;
        p = ParsedDate.Of(i, start.Last, new DateInterval(first, offset.ApplyTo(first, 1).AddDays(-1)), DatePrecision.Range, start.Explicit, "amount-starting");
        p.StartPrecision = p.EndPrecision = DatePrecision.Day;
        return true;
    }

    /// <summary>"more than a decade", "nearly a year", "about a month": a vague amount that still counts as a duration.</summary>
    private readonly bool IsApproximation(int i)
    {
        var tok = At(i);
        if (tok.Kind != TokenKind.Word)
            return false;
        var word = text.AsSpan(tok.Start, tok.Length);
        return word.Equals("than", StringComparison.OrdinalIgnoreCase) || word.Equals("nearly", StringComparison.OrdinalIgnoreCase)
               || word.Equals("about", StringComparison.OrdinalIgnoreCase) || word.Equals("almost", StringComparison.OrdinalIgnoreCase)
               || word.Equals("over", StringComparison.OrdinalIgnoreCase) || word.Equals("half", StringComparison.OrdinalIgnoreCase);
    }

    private readonly (DateOnly Day, DatePrecision Precision) AnchorBase() =>
        anchor is { Kind: TimeMentionKind.Date } a && a.Precision != DatePrecision.Range
            ? (a.Interval.Start, a.Precision)
            : (reference, DatePrecision.Day);

    /// <summary>"the following day", "the next week", "the day after", "the same day": one step from the discourse anchor.</summary>
    private readonly bool TryAnchorStep(int first, int last, int unitIndex, int sign, out ParsedDate p)
    {
        var (baseDay, basePrecision) = AnchorBase();
        return Shifted(out p, first, last, baseDay, basePrecision, new Offset(1, (TimeUnit)At(unitIndex).Value), sign,
            sign == 0 ? "anchor-same" : "anchor-step", weekAsDay: sign != 0);
    }

    /// <summary>
    /// Shifts a base day by an offset. The result is as coarse as the base or the finest unit, whichever is coarser
    /// ("10 years later" after 2014 is the year 2024); a week counted from a known day stays a day ("a week after").
    /// </summary>
    private readonly bool Shifted(out ParsedDate p, int first, int last, DateOnly baseDay, DatePrecision basePrecision, Offset offset,
        int sign, string rule, bool weekAsDay)
    {
        var day = offset.ApplyTo(baseDay, sign);
        var unitPrecision = CalendarMath.PrecisionOf(offset.Finest);
        if (weekAsDay && unitPrecision == DatePrecision.Week)
            unitPrecision = DatePrecision.Day;
        var precision = basePrecision > unitPrecision && basePrecision <= DatePrecision.Decade && basePrecision != DatePrecision.Season
            ? basePrecision : unitPrecision;
        p = ParsedDate.Of(first, last, CalendarMath.Containing(day, precision), precision, false, rule);
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
