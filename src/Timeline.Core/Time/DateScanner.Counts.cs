namespace Timeline.Core.Time;

/// <summary>
/// Counted forward phrases and long periods: "in 3 weeks" (in a future clause), "in four business days", "two Sundays
/// from now", "two Mondays later", "w/c Feb 4" (week commencing), "in the 15th century".
/// </summary>
internal ref partial struct DateScanner
{
    /// <summary>Phrases led by an amount that <see cref="TryAmount"/> does not read: weekday counts, business days, centuries.</summary>
    private bool TryCounted(int i, out ParsedDate p) =>
        TryWeekdayCount(i, out p) || TryBusinessDays(i, out p) || TryCentury(i, out p);

    /// <summary>
    /// "in 3 weeks", "in two years": the day (or unit) that far after the reference — but only in a future clause
    /// ("will leave in 3 weeks"); "the second bombing in two weeks" is a duration. The clause decides whether the
    /// phrase is a date at all, so this reads the tense cues even when past/future inference is off.
    /// </summary>
    private readonly bool TryInAmount(int i, int unitIndex, Offset offset, out ParsedDate p)
    {
        p = default;
        if (!KeyAt(i - 1, Key.In) || (At(i).IsWord(LexClass.NumberWord) && At(i).Value > TimeLexicon.Vague)
            || !TenseCues.IsFuture(t, i - 1, unitIndex))
            return false;
        return Shifted(out p, i - 1, unitIndex, reference, DatePrecision.Day, offset, 1, "in-amount", weekAsDay: true);
    }

    /// <summary>A count of 1–99 written in digits or words ("3", "two", "twenty one"); the index of its last token.</summary>
    private readonly bool ReadCount(int i, out int count, out int last)
    {
        var tok = At(i);
        last = i;
        count = 0;
        if (tok.Kind == TokenKind.Number)
        {
            if (!tok.IsPlainNumber || tok.Is(TokenFlags.Ordinal) || tok.Digits > 2 || IsFraction(i))
                return false;
            count = tok.Value;
        }
        else if (tok.IsWord(LexClass.NumberWord) && tok.Value < TimeLexicon.Vague)
        {
            count = tok.Value;
            if (count is >= 20 and <= 90 && At(i + 1).IsWord(LexClass.NumberWord) && At(i + 1).Value is >= 1 and <= 9)
                count += At(++last).Value;
        }
        return count >= 1;
    }

    /// <summary>"two Sundays from now", "3 Mondays later": the n-th such weekday after the reference (or the anchor for "later").</summary>
    private readonly bool TryWeekdayCount(int i, out ParsedDate p)
    {
        p = default;
        if (!ReadCount(i, out var count, out var last) || count > 52)
            return false;
        var w = last + 1;
        var day = At(w);
        if (day.Kind != TokenKind.Word)
            return false;
        var entry = day.Class == LexClass.Weekday
            ? new TimeLexicon.Entry(day.Class, day.Value)
            : day.Length > 6 && text[day.End - 1] is 's' or 'S' ? TimeLexicon.Lookup(text.AsSpan(day.Start, day.Length - 1)) : default;
        if (entry.Class != LexClass.Weekday)
            return false;
        DateOnly from;
        int end;
        if (KeyAt(w + 1, Key.From) && BaseDay(w + 2) is { } baseDay)
            (from, end) = (baseDay, w + 2);
        else if (KeyAt(w + 1, Key.Later))
            (from, end) = (AnchorBase().Day, w + 1);
        else
            return false;
        var first = CalendarMath.NextWeekday(from, (DayOfWeek)entry.Value, false);
        p = ParsedDate.Day(i, end, first.AddDays(7 * (count - 1)), false, "weekday-count");
        return true;
    }

    /// <summary>"in four business days", "3 working days later": counted over Monday–Friday.</summary>
    private readonly bool TryBusinessDays(int i, out ParsedDate p)
    {
        p = default;
        if (!ReadCount(i, out var count, out var last) || !(WordAt(last + 1, "business") || WordAt(last + 1, "working"))
            || !At(last + 2).IsWord(LexClass.Unit) || At(last + 2).Value != (int)TimeUnit.Day)
            return false;
        var unit = last + 2;
        int first, end;
        DateOnly from;
        if (KeyAt(unit + 1, Key.From) && BaseDay(unit + 2) is { } baseDay)
            (first, end, from) = (i, unit + 2, baseDay);
        else if (KeyAt(unit + 1, Key.Later))
            (first, end, from) = (i, unit + 1, AnchorBase().Day);
        else if (KeyAt(i - 1, Key.In) && TenseCues.IsFuture(t, i - 1, unit))
            (first, end, from) = (i - 1, unit, reference);
        else
            return false;
        var day = from;
        for (var n = 0; n < count;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                n++;
        }
        p = ParsedDate.Day(first, end, day, false, "business-days");
        return true;
    }

    /// <summary>
    /// "in the 15th century", "during the twentieth century": the hundred years 1400–1499 (the common reading; the
    /// suite's too). Only after "in"/"during", so "the worst drought of the 21st century" never dates an event.
    /// </summary>
    private readonly bool TryCentury(int i, out ParsedDate p)
    {
        p = default;
        var tok = At(i);
        int n;
        if (tok.Kind == TokenKind.Number && tok.Is(TokenFlags.Ordinal) && tok.Digits <= 2)
            n = tok.Value;
        else if (tok.IsWord(LexClass.OrdinalWord))
            n = tok.Value;
        else
            return false;
        if (n is < 1 or > 21 || !At(i + 1).IsWord(LexClass.Unit) || At(i + 1).Value != (int)TimeUnit.Century)
            return false;
        var first = KeyAt(i - 1, Key.The) ? i - 1 : i;
        if (!KeyAt(first - 1, Key.In) && !KeyAt(first - 1, Key.During))
            return false;
        var startYear = Math.Max(1, (n - 1) * 100);
        p = ParsedDate.Of(first, i + 1, new DateInterval(new DateOnly(startYear, 1, 1), new DateOnly((n - 1) * 100 + 99, 12, 31)),
            DatePrecision.Range, true, "century");
        p.StartPrecision = p.EndPrecision = DatePrecision.Year;
        return true;
    }

    /// <summary>"w/c Feb 4" (week commencing): the seven days from that day.</summary>
    private bool TryWeekCommencing(int i, out ParsedDate p)
    {
        p = default;
        if (!PunctAt(i + 1, '/') || !WordAt(i + 2, "c") || At(i + 2).Is(TokenFlags.SpaceBefore) || !TryPoint(i + 3, out var day)
            || day.Precision != DatePrecision.Day)
            return false;
        var d = day.Interval.Start;
        p = ParsedDate.Of(i, day.Last, new DateInterval(d, d.AddDays(6)), DatePrecision.Week, day.Explicit, "week-commencing");
        return true;
    }
}
