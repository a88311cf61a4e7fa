namespace Timeline.Core.Time;

/// <summary>Phrases led by a keyword: yesterday, last/this/next …, earlier this …, early/mid/late …, the … .</summary>
internal ref partial struct DateScanner
{
    private bool TryKeyword(int i, out ParsedDate p)
    {
        p = default;
        var key = (Key)t[i].Value;
        var dayPart = At(i + 1).IsWord(LexClass.DayPart) ? i + 1 : i;
        switch (key)
        {
            case Key.Yesterday:
                p = ParsedDate.Day(i, dayPart, reference.AddDays(-1), false, "yesterday");
                return true;
            case Key.Today:
            case Key.Tonight:
                p = ParsedDate.Day(i, i, reference, false, key == Key.Today ? "today" : "tonight");
                return true;
            case Key.Tomorrow:
                p = ParsedDate.Day(i, dayPart, reference.AddDays(1), false, "tomorrow");
                return true;
            case Key.Last or Key.Past or Key.Previous:
                return TryShifted(i, -1, out p);
            case Key.Next or Key.Coming:
                return TryShifted(i, +1, out p);
            case Key.This or Key.Current:
                return TryShifted(i, 0, out p);
            case Key.My when KeyAt(i + 1, Key.Weekend) || (At(i + 1).IsWord(LexClass.Unit) && (TimeUnit)At(i + 1).Value is TimeUnit.Day or TimeUnit.Week):
                // "my day", "your week", "my weekend": the current one, as a speaker means it.
                return TryShifted(i, 0, out p);
            case Key.Earlier or Key.Later:
                return TryEarlierLater(i, key == Key.Earlier, out p);
            case Key.Early or Key.Mid or Key.Late:
                return TryPart(i, i + (PunctAt(i + 1, '-') ? 2 : 1), key switch { Key.Early => PeriodPart.Early, Key.Mid => PeriodPart.Mid, _ => PeriodPart.Late }, out p);
            case Key.End or Key.Beginning or Key.Start or Key.Middle:
                return KeyAt(i + 1, Key.Of) && TryPart(i, i + 2, key switch { Key.End => PeriodPart.End, Key.Middle => PeriodPart.Middle, _ => PeriodPart.Beginning }, out p);
            case Key.The:
                return TryThe(i, out p);
            case Key.In:
                return TryRecent(i, i + 1, out p);
            case Key.Recent:
                return TryRecent(i, i, out p);
            case Key.Weekend:
                return TryWeekend(i, i, Future ? 1 : -1, out p);
            case Key.Q or Key.H:
                return TryQuarter(i, i, out p);
            case Key.Christmas:
                return TryChristmas(i, out p);
            default:
                return false;
        }
    }

    /// <summary>last/next/this + night, weekday, week, month, year, decade, month name, season, weekend, or "past 3 weeks".</summary>
    private bool TryShifted(int i, int shift, out ParsedDate p)
    {
        p = default;
        var j = i + 1;
        var tok = At(j);
        if (tok.Kind == TokenKind.Number || (tok.IsWord(LexClass.NumberWord) && tok.Value != TimeLexicon.Vague + 1))
            return shift != 0 && TrySpanOfUnits(i, j, shift, out p);
        if (tok.Kind != TokenKind.Word)
            return false;
        switch (tok.Class)
        {
            case LexClass.DayPart:
                // "last night" is the evening before; "this morning" is the reference day.
                p = ParsedDate.Day(i, j, reference.AddDays(shift < 0 ? -1 : shift), false, shift < 0 ? "last-night" : "this-daypart");
                return true;
            case LexClass.Weekday or LexClass.WeekdayAbbrev:
            {
                var weekday = (DayOfWeek)tok.Value;
                var day = shift switch
                {
                    < 0 => CalendarMath.PreviousWeekday(reference, weekday, false),
                    > 0 => CalendarMath.WeekdayInWeek(reference.AddDays(7), weekday),
                    _ => CalendarMath.WeekdayInWeek(reference, weekday),
                };
                p = ParsedDate.Day(i, j, day, false, shift switch { < 0 => "weekday-last", > 0 => "weekday-next", _ => "weekday-this" });
                return true;
            }
            case LexClass.Month or LexClass.MonthAbbrev:
            {
                var year = shift switch
                {
                    < 0 => tok.Value < reference.Month ? reference.Year : reference.Year - 1,
                    > 0 => tok.Value > reference.Month ? reference.Year : reference.Year + 1,
                    _ => reference.Year,
                };
                p = ParsedDate.Of(i, j, DateInterval.Month(year, tok.Value), DatePrecision.Month, false, "month-shifted");
                return true;
            }
            case LexClass.Season:
                return TrySeason(j, out p, shift) && Extend(ref p, i, "season-shifted");
            case LexClass.Unit:
            {
                if (shift < 0 && tok.Value == (int)TimeUnit.Week && KeyAt(j + 1, Key.Of) && TryNthWeekOf(i, -1, j + 1, out p))
                    return true;
                if (tok.Value == (int)TimeUnit.Week && TryWeekdaysOfWeek(i, j, reference.AddDays(7 * shift), out p))
                    return true;
                var w = KeyAt(j + 1, Key.On) ? j + 2 : j + 1;
                if (tok.Value == (int)TimeUnit.Week && At(w).IsWord(LexClass.Weekday))
                {
                    p = ParsedDate.Day(i, w, CalendarMath.WeekdayInWeek(reference.AddDays(7 * shift), (DayOfWeek)At(w).Value), false, "weekday-of-week");
                    return true;
                }
                if (t[i].IsKey(Key.Past) && (TimeUnit)tok.Value is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
                {
                    // "the past year" is the twelve months up to the reference, not the previous calendar year.
                    p = ParsedDate.Of(i, j, new DateInterval(CalendarMath.Shift(reference, -1, (TimeUnit)tok.Value), reference),
                        DatePrecision.Range, false, "span-past");
                    p.StartPrecision = p.EndPrecision = DatePrecision.Day;
                    return true;
                }
                p = Period(i, j, (TimeUnit)tok.Value, shift);
                return p.Found;
            }
            case LexClass.Keyword when tok.Value == (int)Key.Weekend:
                return TryWeekend(i, j, shift, out p);
            default:
                return false;
        }
    }

    private static bool Extend(ref ParsedDate p, int first, string rule)
    {
        p.First = first;
        p.Rule = rule;
        return true;
    }

    /// <summary>The whole calendar week, month, year or decade <paramref name="shift"/> units from the reference.</summary>
    private readonly ParsedDate Period(int first, int last, TimeUnit unit, int shift)
    {
        var name = shift switch { < 0 => "last-", > 0 => "next-", _ => "this-" };
        switch (unit)
        {
            case TimeUnit.Day:
                return ParsedDate.Day(first, last, reference.AddDays(shift), false, name + "day");
            case TimeUnit.Week:
                return ParsedDate.Of(first, last, CalendarMath.Week(reference.AddDays(7 * shift)), DatePrecision.Week, false, name + "week");
            case TimeUnit.Month:
                var m = reference.AddMonths(shift);
                return ParsedDate.Of(first, last, DateInterval.Month(m.Year, m.Month), DatePrecision.Month, false, name + "month");
            case TimeUnit.Year:
                return ParsedDate.Of(first, last, DateInterval.Year(reference.Year + shift), DatePrecision.Year, false, name + "year");
            case TimeUnit.Decade:
                return ParsedDate.Of(first, last, CalendarMath.Decade(reference.Year / 10 * 10 + 10 * shift), DatePrecision.Decade, false, name + "decade");
            default:
                return default;
        }
    }

    /// <summary>"this weekend" (the weekend of the current week), "last weekend", "the weekend" (by tense).</summary>
    private readonly bool TryWeekend(int first, int last, int shift, out ParsedDate p)
    {
        var saturday = CalendarMath.WeekdayInWeek(reference, DayOfWeek.Saturday);
        if (shift < 0 && saturday > reference)
            saturday = saturday.AddDays(-7);
        else if (shift > 0 && At(first).IsKey(Key.Next))
            saturday = saturday.AddDays(7);
        p = ParsedDate.Of(first, last, new DateInterval(saturday, saturday.AddDays(1)), DatePrecision.Week, false, "weekend");
        return true;
    }

    /// <summary>"past 3 weeks", "last two decades", "next 3 days": the span of units up to (or from) the reference.</summary>
    private readonly bool TrySpanOfUnits(int first, int j, int shift, out ParsedDate p)
    {
        p = default;
        var amount = At(j).Value % TimeLexicon.Vague;
        var unitTok = At(j + 1);
        if (!unitTok.IsWord(LexClass.Unit) || amount is < 1 or > 100)
            return false;
        var unit = (TimeUnit)unitTok.Value;
        if (unit == TimeUnit.Decade)
        {
            var decade = reference.Year / 10 * 10;
            var range = shift < 0 ? new DateInterval(new DateOnly(decade - 10 * amount, 1, 1), new DateOnly(decade - 1, 12, 31))
                                  : new DateInterval(new DateOnly(decade + 10, 1, 1), new DateOnly(decade + 10 * amount + 9, 12, 31));
            p = ParsedDate.Of(first, j + 1, range, DatePrecision.Range, false, "span-of-decades");
            p.StartPrecision = p.EndPrecision = DatePrecision.Year;
            return true;
        }
        var interval = shift < 0 ? new DateInterval(CalendarMath.Shift(reference, -amount, unit), reference)
                                 : new DateInterval(reference.AddDays(1), CalendarMath.Shift(reference, amount, unit));
        p = ParsedDate.Of(first, j + 1, interval, DatePrecision.Range, false, shift < 0 ? "span-past" : "span-next");
        p.StartPrecision = p.EndPrecision = DatePrecision.Day;
        return true;
    }

    /// <summary>
    /// "earlier this week/month/year", "later this month", "earlier in the week": the part of the current period before
    /// (or after) the reference day, at the precision of the period.
    /// </summary>
    private readonly bool TryEarlierLater(int i, bool earlier, out ParsedDate p)
    {
        p = default;
        var j = i + 1;
        if (KeyAt(j, Key.In) && KeyAt(j + 1, Key.The))
            j += 2;
        else if (KeyAt(j, Key.This))
            j++;
        else
            return false;
        var unitTok = At(j);
        if (!unitTok.IsWord(LexClass.Unit))
            return false;
        var unit = (TimeUnit)unitTok.Value;
        var whole = Period(i, j, unit, 0);
        if (!whole.Found || unit == TimeUnit.Day)
            return false;
        whole.Interval = earlier ? whole.Interval with { End = reference } : whole.Interval with { Start = reference };
        whole.Rule = (earlier ? "earlier-this-" : "later-this-") + unit.ToString().ToLowerInvariant();
        p = whole;
        return true;
    }

    /// <summary>early/mid/late or beginning/middle/end of: a year, a month [year], last/this/next unit, "the year".</summary>
    private bool TryPart(int first, int j, PeriodPart part, out ParsedDate p)
    {
        p = default;
        if (KeyAt(j, Key.The) && At(j + 1).IsWord(LexClass.Unit))
        {
            // "the end of the year", "the start of the month": the current one.
            var current = Period(first, j + 1, (TimeUnit)At(j + 1).Value, 0);
            if (!current.Found)
                return false;
            p = current;
        }
        else if (!TryPoint(j, out p) || p.Precision is DatePrecision.Day or DatePrecision.Range)
        {
            return false;
        }
        var rule = part.ToString().ToLowerInvariant() + "-" + p.Precision.ToString().ToLowerInvariant();
        p.First = first;
        p.Interval = CalendarMath.Part(p.Interval, part);
        p.Rule = rule;
        return true;
    }

    /// <summary>"in recent months/weeks/years", "recent days": the last three such units up to the reference, as a range.</summary>
    private readonly bool TryRecent(int first, int j, out ParsedDate p)
    {
        p = default;
        if (!KeyAt(j, Key.Recent) || !At(j + 1).IsWord(LexClass.Unit))
            return false;
        var unit = (TimeUnit)At(j + 1).Value;
        var start = CalendarMath.Shift(reference, -3, unit);
        var precision = CalendarMath.PrecisionOf(unit) == DatePrecision.Week ? DatePrecision.Day : CalendarMath.PrecisionOf(unit);
        p = ParsedDate.Of(first, j + 1, new DateInterval(CalendarMath.Containing(start, precision).Start, reference),
            DatePrecision.Range, false, "recent-" + unit.ToString().ToLowerInvariant() + "s");
        p.StartPrecision = p.EndPrecision = precision;
        return true;
    }

    /// <summary>Phrases that start with "the".</summary>
    private bool TryThe(int i, out ParsedDate p)
    {
        p = default;
        var next = At(i + 1);
        if (next.IsWord(LexClass.Unit) && next.Value != (int)TimeUnit.Day && KeyAt(i + 2, Key.After))
        {
            // "the week after next", "the year after the next"
            var n = KeyAt(i + 3, Key.The) ? i + 4 : i + 3;
            if (!KeyAt(n, Key.Next))
                return false;
            p = Period(i, n, (TimeUnit)next.Value, 2);
            return p.Found;
        }
        if (next.IsWord(LexClass.Unit) && next.Value == (int)TimeUnit.Day)
        {
            // "the day before yesterday", "the day after tomorrow"
            if (KeyAt(i + 2, Key.Before) && KeyAt(i + 3, Key.Yesterday))
            {
                p = ParsedDate.Day(i, i + 3, reference.AddDays(-2), false, "day-before-yesterday");
                return true;
            }
            if (KeyAt(i + 2, Key.After) && KeyAt(i + 3, Key.Tomorrow))
            {
                p = ParsedDate.Day(i, i + 3, reference.AddDays(2), false, "day-after-tomorrow");
                return true;
            }
            if (KeyAt(i + 2, Key.Before) || KeyAt(i + 2, Key.After))
                return TryAnchorStep(i, i + 2, i + 1, KeyAt(i + 2, Key.After) ? 1 : -1, out p);
            return false;
        }
        if (next.Kind == TokenKind.Word && next.Class == LexClass.Keyword)
        {
            switch ((Key)next.Value)
            {
                case Key.Following or Key.Next when At(i + 2).IsWord(LexClass.Unit):
                    return TryAnchorStep(i, i + 2, i + 2, 1, out p);
                case Key.Following or Key.Next or Key.Previous when At(i + 2).IsWord(LexClass.DayPart):
                {
                    // "the next morning", "the previous night": the day after (before) the one the story told of.
                    var (baseDay, basePrecision) = AnchorBase();
                    return Shifted(out p, i, i + 2, baseDay, basePrecision, new Offset(1, TimeUnit.Day),
                        KeyAt(i + 1, Key.Previous) ? -1 : 1, "anchor-daypart", weekAsDay: true);
                }
                case Key.Previous when At(i + 2).IsWord(LexClass.Unit):
                    return TryAnchorStep(i, i + 2, i + 2, -1, out p);
                case Key.Same when At(i + 2).IsWord(LexClass.Unit):
                    return TryAnchorStep(i, i + 2, i + 2, 0, out p);
                case Key.Weekend when KeyAt(i + 2, Key.After) && (KeyAt(i + 3, Key.Next) || (KeyAt(i + 3, Key.The) && KeyAt(i + 4, Key.Next))):
                {
                    // "the weekend after (the) next": two weekends after this one.
                    var saturday = CalendarMath.WeekdayInWeek(reference, DayOfWeek.Saturday).AddDays(14);
                    p = ParsedDate.Of(i, KeyAt(i + 3, Key.Next) ? i + 3 : i + 4, new DateInterval(saturday, saturday.AddDays(1)), DatePrecision.Week, false, "weekend-after-next");
                    return true;
                }
                case Key.Weekend:
                    return TryWeekend(i, i + 1, Future ? 1 : -1, out p);
                case Key.Past or Key.Last or Key.Next or Key.Coming:
                    return TryKeyword(i + 1, out p) && Extend(ref p, i, p.Rule);
                case Key.End or Key.Beginning or Key.Start or Key.Middle:
                    return TryKeyword(i + 1, out p) && Extend(ref p, i, p.Rule);
            }
        }
        if (next.Kind == TokenKind.Number && next.Is(TokenFlags.Plural))
            return TryDecade(i, i + 1, next.Value, next.Digits, out p);
        if (next.Kind == TokenKind.Punct)
            return TryApostropheDecade(i + 1, out p) && Extend(ref p, i, p.Rule);
        if (next.Kind == TokenKind.Word && next.Class == LexClass.Season)
            return TrySeason(i + 1, out p, 0) && Extend(ref p, i, p.Rule);
        if (next.Kind == TokenKind.Word && next.Class is LexClass.DecadeWord or LexClass.NumberWord && TryDecadeWords(i, i + 1, out p))
            return true;
        if (next.Kind == TokenKind.Word && next.Class == LexClass.OrdinalWord && TryWordDay(i + 1, out p))
            return Extend(ref p, i, p.Rule);
        // "the 27th", "the 27": a day of the current or a previous month. Word ordinals ("the first") stay ordinary words.
        if (next.Kind == TokenKind.Number && ParseDay(i + 1, out var day, out var last))
        {
            if (TryDayMonth(i, last, day, out p) || TryNthWeekday(i, last, out p))
                return true;
            var after = At(last + 1);
            if (after.Kind == TokenKind.Word && (after.Class == LexClass.Unit || after.Is(TokenFlags.Capitalized) || !next.Is(TokenFlags.Ordinal)))
                return false;
            var resolved = ResolveDayOfMonth(day);
            if (resolved is null)
                return false;
            p = ParsedDate.Day(i, last, resolved.Value, false, Tensed("day-of-month-past", "day-of-month-future"));
            return true;
        }
        return false;
    }

    /// <summary>
    /// "Christmas Day", "on Christmas Eve", "since Christmas": 25 (24) December, the most recent past one unless the clause
    /// is future. Only capitalised, so the word inside "christmas tree" lists is left alone.
    /// </summary>
    private bool TryChristmas(int i, out ParsedDate p)
    {
        p = default;
        if (!t[i].Is(TokenFlags.Capitalized))
            return false;
        var next = At(i + 1);
        var eve = next.Kind == TokenKind.Word && text.AsSpan(next.Start, next.Length).Equals("Eve", StringComparison.Ordinal);
        var last = eve || (next.IsWord(LexClass.Unit) && (TimeUnit)next.Value == TimeUnit.Day && next.Is(TokenFlags.Capitalized)) ? i + 1 : i;
        if (last == i && !(KeyAt(i - 1, Key.On) || KeyAt(i - 1, Key.By) || KeyAt(i - 1, Key.Since) || KeyAt(i - 1, Key.Before) || KeyAt(i - 1, Key.After) || KeyAt(i - 1, Key.Until)))
            return false;
        var resolved = CalendarMath.ResolveMonthDay(reference, 12, eve ? 24 : 25, Future);
        if (resolved is null)
            return false;
        p = ParsedDate.Day(i, last, resolved.Value, false, Tensed("holiday-past", "holiday-future"));
        return true;
    }
}
