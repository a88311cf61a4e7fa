namespace Timeline.Core.Time;

/// <summary>Less common forms: quarters and halves, "week of …", "rest of the month", "within 3 years", "the week after next".</summary>
internal ref partial struct DateScanner
{
    /// <summary>"week of the 18th", "the week starting February 4", "month of September 16", "rest of the week", "within 5 days".</summary>
    private bool TryUnitLed(int i, out ParsedDate p)
    {
        p = default;
        var tok = t[i];
        if (tok.IsKey(Key.Rest))
            return TryRest(i, out p);
        if (tok.IsKey(Key.Within))
            return TryWithin(i, out p);
        if (tok.IsKey(Key.W))
            return TryWeekCommencing(i, out p);
        if (!tok.IsWord(LexClass.Unit))
            return false;
        if (TryNumberedUnit(i, out p))
            return true;
        if ((TimeUnit)tok.Value is not (TimeUnit.Week or TimeUnit.Month))
            return false;
        var j = i + 1;
        var starting = KeyAt(j, Key.Starting) || KeyAt(j, Key.Beginning);
        if (!starting && !KeyAt(j, Key.Of))
            return false;
        j++;
        if (KeyAt(j, Key.On))
            j++;
        if (!TryPoint(j, out var day) || day.Precision != DatePrecision.Day)
            return false;
        var first = KeyAt(i - 1, Key.The) ? i - 1 : i;
        var d = day.Interval.Start;
        p = (TimeUnit)tok.Value == TimeUnit.Month
            ? ParsedDate.Of(first, day.Last, DateInterval.Month(d.Year, d.Month), DatePrecision.Month, day.Explicit, "month-of-day")
            : ParsedDate.Of(first, day.Last, starting ? new DateInterval(d, d.AddDays(6)) : CalendarMath.Week(d), DatePrecision.Week,
                day.Explicit, "week-of-day");
        return true;
    }

    /// <summary>"week 10" (ISO week of the reference year), "year 247", "Year two hundred and sixty seven".</summary>
    private readonly bool TryNumberedUnit(int i, out ParsedDate p)
    {
        p = default;
        var unit = (TimeUnit)t[i].Value;
        var n = At(i + 1);
        if (At(i - 1).Kind == TokenKind.Number || At(i - 1).IsWord(LexClass.NumberWord) || At(i + 2).IsWord(LexClass.Unit))
            return false;
        if (unit == TimeUnit.Week && n.IsPlainNumber && n.Digits <= 2 && n.Value >= 1 && n.Value <= System.Globalization.ISOWeek.GetWeeksInYear(reference.Year))
        {
            var monday = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(reference.Year, n.Value, DayOfWeek.Monday));
            p = ParsedDate.Of(i, i + 1, CalendarMath.Week(monday), DatePrecision.Week, false, "week-number");
            return true;
        }
        if (unit != TimeUnit.Year || t[i].Length != 4)
            return false;
        var year = 0;
        var last = i + 1;
        if (n.IsPlainNumber && n.Digits <= 4 && !IsTimeOrAmount(i + 1))
            year = n.Value;
        else if (!ParseSpelledNumber(i + 1, out year, out last))
            return false;
        if (year is < 1 or > 2199)
            return false;
        p = ParsedDate.Of(i, last, DateInterval.Year(year), DatePrecision.Year, true, "year-number");
        return true;
    }

    /// <summary>"rest of the week/month/year": from the reference to the end of the period.</summary>
    private readonly bool TryRest(int i, out ParsedDate p)
    {
        p = default;
        var j = i + 1;
        if (KeyAt(j, Key.Of))
            j++;
        if (!At(j).IsWord(LexClass.Unit) && At(j).Kind == TokenKind.Word)
            j++;
        if (!At(j).IsWord(LexClass.Unit))
            return false;
        var period = Period(i, j, (TimeUnit)At(j).Value, 0);
        if (!period.Found)
            return false;
        p = ParsedDate.Of(i, j, period.Interval with { Start = reference }, DatePrecision.Range, false, "rest-of-period");
        p.StartPrecision = p.EndPrecision = DatePrecision.Day;
        return true;
    }

    /// <summary>"within 5 days", "within the next 3 years": from the reference to the end of the amount.</summary>
    private readonly bool TryWithin(int i, out ParsedDate p)
    {
        p = default;
        var j = i + 1;
        if (KeyAt(j, Key.The) && (KeyAt(j + 1, Key.Next) || KeyAt(j + 1, Key.Coming)))
            j += 2;
        if (!ReadOffset(j, out var offset, out var last))
            return false;
        p = ParsedDate.Of(i, last, new DateInterval(reference, offset.ApplyTo(reference, 1)), DatePrecision.Range, false, "within");
        p.StartPrecision = p.EndPrecision = DatePrecision.Day;
        return true;
    }

    /// <summary>"5 years 1 month 12 days": one to three amounts with units, joined by nothing, commas or "and".</summary>
    private readonly bool ReadOffset(int j, out Offset offset, out int last)
    {
        offset = default;
        last = j;
        if (!ReadAmount(j, out var amount, out var unit))
            return false;
        offset = new Offset(amount, (TimeUnit)At(unit).Value);
        last = unit;
        for (var parts = 1; parts < 3; parts++)
        {
            var m = At(last + 1).IsPunct(',') || KeyAt(last + 1, Key.And) ? last + 2 : last + 1;
            if (!ReadAmount(m, out var more, out var moreUnit))
                break;
            offset = offset.Add(more, (TimeUnit)At(moreUnit).Value);
            last = moreUnit;
        }
        return amount > 0;
    }

    /// <summary>"2 days hence", "4 weeks in the future": the span from the day after the reference to the end of the amount.</summary>
    private readonly bool TryHence(int first, int k, Offset offset, out ParsedDate p)
    {
        p = default;
        int last;
        if (KeyAt(k, Key.Hence))
            last = k;
        else if (KeyAt(k, Key.In) && KeyAt(k + 1, Key.The) && WordAt(k + 2, "future"))
            last = k + 2;
        else
            return false;
        p = ParsedDate.Of(first, last, new DateInterval(reference.AddDays(1), offset.ApplyTo(reference, 1)), DatePrecision.Range, false, "hence");
        p.StartPrecision = p.EndPrecision = DatePrecision.Day;
        return true;
    }

    private readonly bool WordAt(int i, string word) =>
        At(i).Kind == TokenKind.Word && text.AsSpan(At(i).Start, At(i).Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>"next week between Wednesday and Friday", "this week from Tue to Thur": two weekdays of a given week.</summary>
    private readonly bool TryWeekdaysOfWeek(int first, int weekLast, DateOnly inWeek, out ParsedDate p)
    {
        p = default;
        var k = weekLast + 1;
        if (!KeyAt(k, Key.Between) && !KeyAt(k, Key.From))
            return false;
        var a = At(k + 1);
        var b = At(k + 3);
        if (a.Kind != TokenKind.Word || a.Class is not (LexClass.Weekday or LexClass.WeekdayAbbrev) || !IsConnector(k + 2, allowAnd: true)
            || b.Kind != TokenKind.Word || b.Class is not (LexClass.Weekday or LexClass.WeekdayAbbrev))
            return false;
        var start = CalendarMath.WeekdayInWeek(inWeek, (DayOfWeek)a.Value);
        var end = CalendarMath.WeekdayInWeek(inWeek, (DayOfWeek)b.Value);
        if (end < start)
            return false;
        p = ParsedDate.Of(first, k + 3, new DateInterval(start, end), DatePrecision.Range, false, "weekdays-of-week");
        p.StartPrecision = p.EndPrecision = DatePrecision.Day;
        return true;
    }

    /// <summary>"November between 19 and 20", "Feb between 2-7 two thousand and eighteen".</summary>
    private bool TryMonthBetweenDays(int i, int month, out ParsedDate p)
    {
        p = default;
        if (!KeyAt(i + 1, Key.Between) || !IsDayNumber(i + 2, out var d1) || !IsConnector(i + 3, allowAnd: true) || !IsDayNumber(i + 4, out var d2) || d2 < d1)
            return false;
        if (!FinishMonthDay(i, i + 4, month, d1, out var start) || start.IsInvalid)
            return false;
        var s = start.Interval.Start;
        if (CalendarMath.SafeDate(s.Year, s.Month, d2) is not { } end)
            return false;
        p = ParsedDate.Of(i, Math.Max(start.Last, i + 4), new DateInterval(s, end), DatePrecision.Range, start.Explicit, "day-range");
        p.StartPrecision = p.EndPrecision = DatePrecision.Day;
        return true;
    }

    /// <summary>"Q3 2016", "2016 Q3", "Q3 this year", "H1 2016", "the third quarter of 2016".</summary>
    private readonly bool TryQuarter(int first, int i, out ParsedDate p)
    {
        p = default;
        var letter = At(i);
        var n = At(i + 1);
        var half = letter.IsKey(Key.H);
        if (!(letter.IsKey(Key.Q) || half) || !n.IsPlainNumber || n.Is(TokenFlags.SpaceBefore) || n.Value is < 1 or > 4 || (half && n.Value > 2))
            return false;
        return FinishQuarter(first, i + 1, n.Value, half ? 6 : 3, out p);
    }

    /// <summary>After "Q3"/"third quarter" ending at <paramref name="last"/>: an optional year ("2016", "of 2016", "this year").</summary>
    private readonly bool FinishQuarter(int first, int last, int index, int months, out ParsedDate p)
    {
        var j = KeyAt(last + 1, Key.Of) ? last + 2 : last + 1;
        int year;
        var isExplicit = false;
        if (ReadYear(j, out var written, out var writtenLast))
        {
            (year, last, isExplicit) = (written, writtenLast, true);
        }
        else if (At(j).Kind == TokenKind.Word && At(j).Class == LexClass.Keyword && (Key)At(j).Value is Key.This or Key.Next or Key.Last
                 && At(j + 1).IsWord(LexClass.Unit) && At(j + 1).Value == (int)TimeUnit.Year)
        {
            year = reference.Year + (Key)At(j).Value switch { Key.Next => 1, Key.Last => -1, _ => 0 };
            last = j + 1;
        }
        else if (IsYear(first - 1, out written))
        {
            (year, first, isExplicit) = (written, first - 1, true);
        }
        else if (months == 6)
        {
            // A bare "H2" is too often something else (a hydrogen molecule, a heading) to be read as a half-year.
            p = default;
            return false;
        }
        else
        {
            var start = new DateOnly(reference.Year, (index - 1) * months + 1, 1);
            year = start <= reference ? reference.Year : reference.Year - 1;
        }
        var from = new DateOnly(year, (index - 1) * months + 1, 1);
        p = ParsedDate.Of(first, last, new DateInterval(from, from.AddMonths(months).AddDays(-1)), DatePrecision.Range, isExplicit,
            months == 3 ? "quarter" : "half-year");
        p.StartPrecision = p.EndPrecision = DatePrecision.Month;
        return true;
    }
}
