namespace Timeline.Core.Time;

/// <summary>Amounts of time: anchored ("two days later", "a week after the attack"), counted ("3 days ago"), or durations.</summary>
internal ref partial struct DateScanner
{
    /// <summary>
    /// "two days later", "a week after the attack", "10 years later", "3 days ago", "two weeks from now",
    /// "1 month and 21 days ago", "for 3 days from today"; otherwise a duration ("14 years", "for 17 years").
    /// </summary>
    private bool TryAmount(int i, out ParsedDate p)
    {
        if (TryCounted(i, out p))
            return true;
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
            // A name may qualify the event ("a day after the Mellit attack"); the caller's anchor is then that event's date.
            if (KeyAt(k + 1, Key.The))
            {
                var noun = k + 2;
                while (noun < k + 5 && At(noun).Kind == TokenKind.Word && At(noun).Is(TokenFlags.Capitalized) && At(noun).Class == LexClass.None)
                    noun++;
                if (At(noun).Kind == TokenKind.Word && !At(noun).Is(TokenFlags.Capitalized))
                {
                    var (baseDay, basePrecision) = AnchorBase();
                    return Shifted(out p, i, noun, baseDay, basePrecision, offset, sign, "anchor-after", weekAsDay: true);
                }
            }
        }
        if (TryStartingRange(i, k, offset, out p))
            return true;
        if (k == j + 1 && TryInAmount(i, j, offset, out p))
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
}
