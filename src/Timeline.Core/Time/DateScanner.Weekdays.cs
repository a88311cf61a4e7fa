namespace Timeline.Core.Time;

/// <summary>Weekday phrases and days of the month without a month ("Thursday the 21st", "the 27th").</summary>
internal ref partial struct DateScanner
{
    /// <summary>"Monday", "on Sunday night", "Tuesday next week", "Wed, 22 of Jan", "Thursday the 21st", "monday january 12th, 2016".</summary>
    private bool TryWeekday(int i, out ParsedDate p)
    {
        p = default;
        var weekday = (DayOfWeek)t[i].Value;
        var j = i + 1;
        if (t[i].Class == LexClass.WeekdayAbbrev)
        {
            if (PunctAt(j, '.'))
                j++;
            var prev = At(i - 1);
            var governed = prev.Kind == TokenKind.Word && prev.Class == LexClass.Keyword
                           && (Key)prev.Value is Key.On or Key.Last or Key.Next or Key.This or Key.From or Key.To or Key.Until
                               or Key.Between or Key.And or Key.By or Key.Since or Key.Before or Key.After;
            if (!At(j).IsPunct(',') && !governed)
                return false;
        }
        var k = At(j).IsPunct(',') ? j + 1 : j;
        if (TryPoint(k, out var date) && date.Precision == DatePrecision.Day && (At(k).Kind == TokenKind.Number || At(k).Class is LexClass.Month or LexClass.MonthAbbrev))
        {
            date.First = i;
            p = date;
            return true;
        }
        // "Thursday the 21st", "Friday the twenty second" — but in "Saturday, the first joint patrol" the ordinal is no day.
        if (KeyAt(k, Key.The) && ParseDay(k + 1, out var dom, out var domLast)
            && (At(k + 1).Kind == TokenKind.Number || (k == j && !(At(domLast + 1).Kind == TokenKind.Word && At(domLast + 1).Class == LexClass.None))))
        {
            var resolved = ResolveWeekdayDayOfMonth(weekday, dom) ?? ResolveDayOfMonth(dom);
            if (resolved is null)
                return false;
            p = ParsedDate.Day(i, domLast, resolved.Value, false, Tensed("weekday-dom-past", "weekday-dom-future"));
            return true;
        }
        var of = KeyAt(j, Key.Of) ? j + 1 : j;
        if (At(of + 1).IsWord(LexClass.Unit) && At(of + 1).Value == (int)TimeUnit.Week && At(of).Kind == TokenKind.Word
            && (Key)At(of).Value is Key.Next or Key.This or Key.Last && At(of).Class == LexClass.Keyword)
        {
            var offset = (Key)At(of).Value switch { Key.Next => 7, Key.Last => -7, _ => 0 };
            p = ParsedDate.Day(i, of + 1, CalendarMath.WeekdayInWeek(reference.AddDays(offset), weekday), false, "weekday-of-week");
            return true;
        }
        var last = At(j).IsWord(LexClass.DayPart) ? j : i;
        var day = Future ? CalendarMath.NextWeekday(reference, weekday, true) : CalendarMath.PreviousWeekday(reference, weekday, true);
        p = ParsedDate.Day(i, last, day, false, Tensed("weekday-past", "weekday-future"));
        return true;
    }

    /// <summary>"Friday the 11th": the month nearest the reference in which the 11th is a Friday (within a year).</summary>
    private readonly DateOnly? ResolveWeekdayDayOfMonth(DayOfWeek weekday, int day)
    {
        for (var k = 0; k < 12; k++)
        {
            foreach (var sign in Future ? stackalloc[] { 1, -1 } : stackalloc[] { -1, 1 })
            {
                var month = reference.AddMonths(sign * k);
                if (CalendarMath.SafeDate(month.Year, month.Month, day) is { } d && d.DayOfWeek == weekday)
                    return d;
            }
        }
        return null;
    }

    /// <summary>"the 27th" alone: the most recent such day of a month (next one when future).</summary>
    private readonly DateOnly? ResolveDayOfMonth(int day)
    {
        for (var k = 0; k < 12; k++)
        {
            var month = reference.AddMonths(Future ? k : -k);
            var date = CalendarMath.SafeDate(month.Year, month.Month, day);
            if (date is { } d && (Future ? d >= reference : d <= reference))
                return d;
        }
        return null;
    }
}
