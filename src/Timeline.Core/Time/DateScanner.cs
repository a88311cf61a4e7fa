namespace Timeline.Core.Time;

/// <summary>
/// Reads date phrases from a token sequence, one start position at a time, and returns the longest phrase that
/// starts there. The parts are split by what a phrase starts with: keywords (<c>DateScanner.Relative.cs</c>),
/// names and numbers (<c>DateScanner.Explicit.cs</c>), ranges, boundaries and amounts (<c>DateScanner.Spans.cs</c>).
/// </summary>
internal ref partial struct DateScanner
{
    private readonly ReadOnlySpan<TimeToken> t;
    private readonly string text;
    private readonly DateOnly reference;
    private readonly TimeMention? anchor;
    private readonly bool inferTense;
    private bool forceFuture;
    private int start;

    public DateScanner(string text, ReadOnlySpan<TimeToken> tokens, DateOnly reference, TimeMention? anchor, bool inferTense)
    {
        this.text = text;
        t = tokens;
        this.reference = reference;
        this.anchor = anchor;
        this.inferTense = inferTense;
    }

    /// <summary>Tries to read a phrase starting at token <paramref name="i"/>.</summary>
    public bool TryAt(int i, out ParsedDate result)
    {
        result = default;
        var tok = t[i];
        if (tok.Kind == TokenKind.Word && tok.Class == LexClass.None)
            return false;
        if (tok.Kind == TokenKind.Punct && tok.Value != '\'' && tok.Value != '\u2019')
            return false;
        start = i;
        forceFuture = false;
        if (!CanStart(i))
            return false;
        if (tok.Kind == TokenKind.Word && tok.Class == LexClass.Keyword)
        {
            var key = (Key)tok.Value;
            if (key is Key.Since or Key.Before or Key.Until or Key.After or Key.Prior)
                return TryBoundary(i, out result);
            if (key is Key.Between or Key.From)
                return TryRange(i, out result) || TryPoint(i + 1, out result);
        }
        if (TryAmount(i, out result) || TryUnitLed(i, out result))
            return true;
        if (!TryPoint(i, out result))
            return false;
        TryRangeTail(ref result);
        NightOfTwoDays(ref result);
        return true;
    }

    /// <summary>
    /// "on the night of 1-2 March", "the night of March 1-2": a night that spans two days is dated to the evening it
    /// began, as "Sunday night" keeps its day; the span takes in "night of".
    /// </summary>
    private readonly void NightOfTwoDays(ref ParsedDate p)
    {
        if (p.Precision != DatePrecision.Range || p.StartPrecision != DatePrecision.Day || p.Interval.End != p.Interval.Start.AddDays(1)
            || !KeyAt(p.First - 1, Key.Of) || !At(p.First - 2).IsWord(LexClass.DayPart)
            || !text.AsSpan(At(p.First - 2).Start, At(p.First - 2).Length).Equals("night", StringComparison.OrdinalIgnoreCase))
            return;
        p = ParsedDate.Day(p.First - 2, p.Last, p.Interval.Start, p.Explicit, "night-of");
    }

    /// <summary>A single date: a day, week, month, season, year, decade or a part of one.</summary>
    private bool TryPoint(int i, out ParsedDate p)
    {
        p = default;
        if (i >= t.Length)
            return false;
        var tok = t[i];
        return tok.Kind switch
        {
            TokenKind.Number => TryNumberLed(i, out p),
            TokenKind.Punct => TryApostropheDecade(i, out p),
            _ => tok.Class switch
            {
                LexClass.Month or LexClass.MonthAbbrev => TryMonthLed(i, out p),
                LexClass.Weekday or LexClass.WeekdayAbbrev => TryWeekday(i, out p),
                LexClass.Season => TrySeason(i, out p, 0),
                LexClass.Keyword => TryKeyword(i, out p),
                LexClass.OrdinalWord or LexClass.NumberWord => TryWordDay(i, out p),
                LexClass.Unit => TryUnitLed(i, out p),
                // "Overnight, factions shelled …", "… east of Manbij, overnight.": the night that ends on the day the story is
                // written, dated to that day (a weekday or "last" before it is read by their own rules first).
                LexClass.DayPart when tok.Value == TimeLexicon.Overnight && !At(i - 1).IsWord(LexClass.Weekday) =>
                    Found(out p, ParsedDate.Day(i, i, reference, false, "overnight")),
                _ => false,
            },
        };
    }

    private static bool Found(out ParsedDate p, ParsedDate value)
    {
        p = value;
        return true;
    }

    private readonly TimeToken At(int i) => i >= 0 && i < t.Length ? t[i] : default;

    private readonly bool KeyAt(int i, Key key) => At(i).IsKey(key);

    private readonly bool PunctAt(int i, char c) => At(i).IsPunct(c) && !At(i).Is(TokenFlags.SpaceBefore);

    /// <summary>A day of the month: 1–31 written as 7, 07, 7th, or "the 7th" is handled by the caller.</summary>
    private readonly bool IsDayNumber(int i, out int day)
    {
        var tok = At(i);
        day = tok.Value;
        return tok.IsPlainNumber && tok.Digits <= 2 && day is >= 1 and <= 31 && !IsTimeOrAmount(i) && !IsFraction(i);
    }

    /// <summary>The digits after a decimal point ("6,107.31", "2.5") belong to an amount.</summary>
    private readonly bool IsFraction(int i) =>
        !t[i].Is(TokenFlags.SpaceBefore) && At(i - 1).IsPunct('.') && !At(i - 1).Is(TokenFlags.SpaceBefore) && At(i - 2).Kind == TokenKind.Number;

    /// <summary>"9 p.m.", "14:05", "7 am", "40%" are times and amounts, not days or years.</summary>
    private readonly bool IsTimeOrAmount(int i)
    {
        var next = At(i + 1);
        if (next.Kind == TokenKind.Punct && next.Value is ':' or '%' && !next.Is(TokenFlags.SpaceBefore))
            return true;
        if (next.Kind != TokenKind.Word)
            return false;
        var word = text.AsSpan(next.Start, next.Length);
        return word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase)
               || ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("p", StringComparison.OrdinalIgnoreCase))
                   && PunctAt(i + 2, '.'));
    }

    /// <summary>A four-digit year (1000–2199), never part of a larger number.</summary>
    private readonly bool IsYear(int i, out int year)
    {
        var tok = At(i);
        year = tok.Value;
        return tok.IsPlainNumber && tok.Digits == 4 && year is >= 1000 and <= 2199 && !tok.Is(TokenFlags.Ordinal)
               && !IsTimeOrAmount(i) && !(PunctAt(i + 1, ',') && At(i + 2).Kind == TokenKind.Number && !At(i + 2).Is(TokenFlags.SpaceBefore));
    }

    /// <summary>Rules pick the past reading unless the phrase sits in a future clause.</summary>
    private readonly string Tensed(string past, string fut) => Future ? fut : past;

    /// <summary>Whether the phrase starting at the current position sits in a future clause; computed only when a value needs it.</summary>
    private readonly bool Future => forceFuture || (inferTense && TenseCues.IsFuture(t, start, start));

    /// <summary>Cheap filter: most keywords ("the", "in", "and", "that") start a phrase only before a time word.</summary>
    private readonly bool CanStart(int i)
    {
        var tok = t[i];
        if (tok.Kind != TokenKind.Word || tok.Class != LexClass.Keyword)
            return true;
        var next = At(i + 1);
        return (Key)tok.Value switch
        {
            Key.The => next.Kind is TokenKind.Number or TokenKind.Punct || next.Class is LexClass.Unit or LexClass.Keyword or LexClass.Season
                or LexClass.OrdinalWord or LexClass.DecadeWord or LexClass.NumberWord,
            Key.In => next.IsKey(Key.Recent),
            Key.And or Key.To or Key.Through or Key.Of or Key.On or Key.During or Key.By or Key.Ago or Key.Now or Key.Will or Key.Would
                or Key.Shall or Key.Due or Key.Expected or Key.Scheduled or Key.Set or Key.Plans or Key.Going or Key.Hope or Key.Intends
                or Key.Ll or Key.Said or Key.Says or Key.Told or Key.Announced or Key.Reported or Key.Stated or Key.That or Key.For
                or Key.Around or Key.Starting or Key.Hence or Key.Please => false,
            _ => next.Kind != TokenKind.None || (Key)tok.Value is Key.Yesterday or Key.Today or Key.Tomorrow or Key.Tonight,
        };
    }
}
