namespace Timeline.Core.Time;

/// <summary>Phrases led by a number, a month, a weekday, a season or a number word.</summary>
internal ref partial struct DateScanner
{
    private bool TryNumberLed(int i, out ParsedDate p)
    {
        p = default;
        var tok = t[i];
        if (tok.Is(TokenFlags.Grouped))
            return false;
        if (tok.Is(TokenFlags.Plural))
            return TryDecade(i, i, tok.Value, tok.Digits, out p);
        if (TryNumericDate(i, out p) || TrySpacedYearMonth(i, out p) || TryDayRange(i, i, out p))
            return true;
        if ((IsDayNumber(i, out var day) || (tok.Is(TokenFlags.Ordinal) && tok.Value is >= 1 and <= 31)) && TryDayMonth(i, i, tok.Value, out p))
            return true;
        if (!IsYear(i, out var year))
            return false;
        var j = At(i + 1).IsPunct(',') ? i + 2 : i + 1;
        if (At(j).Class is LexClass.Month or LexClass.MonthAbbrev && At(j).Kind == TokenKind.Word)
        {
            p = ParsedDate.Of(i, j, DateInterval.Month(year, At(j).Value), DatePrecision.Month, true, "year-month");
            return true;
        }
        // "2014-2018" needs no governing word: the pair is unmistakably a span of years.
        if (!YearContext(i) && !(IsConnector(i + 1, allowAnd: false) && IsYear(i + 2, out var endYear) && endYear > year))
            return false;
        p = ParsedDate.Of(i, i, DateInterval.Year(year), DatePrecision.Year, true, "year");
        return true;
    }

    /// <summary>A bare year needs a governing word ("in 2014", "since 2011", "the 2014 offensive"); "2000 soldiers" is a count.</summary>
    private readonly bool YearContext(int i)
    {
        if (At(i + 1).IsWord(LexClass.Unit))
            return false;
        if (PossessiveBefore(i) && At(i + 1).Kind == TokenKind.Word && EventNouns.Contains(text.AsSpan(At(i + 1).Start, At(i + 1).Length)))
            return true; // "Russia's 2022 offensive", "the coalition's 2018 offensive": the year names the happening
        var prev = At(i - 1);
        if (prev.Kind == TokenKind.Word && prev.Class is LexClass.Month or LexClass.MonthAbbrev or LexClass.Season or LexClass.Unit)
            return true;
        if (prev.Kind == TokenKind.Punct)
            return prev.Value is '-' or '\u2013' or '(' or ',' && (!At(i - 2).IsPlainNumber || At(i - 2).Digits == 4);
        return prev.Class == LexClass.Keyword && (Key)prev.Value is Key.In or Key.Of or Key.Since or Key.Before or Key.After
            or Key.Until or Key.From or Key.To or Key.Through or Key.And or Key.Between or Key.During or Key.By or Key.Mid
            or Key.Early or Key.Late or Key.Around or Key.The or Key.Prior or Key.End or Key.Start or Key.Beginning;
    }

    /// <summary>Whether a possessive "'s" (or "s'") ends the word right before token <paramref name="i"/>.</summary>
    private readonly bool PossessiveBefore(int i)
    {
        var k = t[i].Start - 1;
        if (k < 2 || text[k] != ' ')
            return false;
        var (a, b) = (text[k - 2], text[k - 1]);
        return (a is '\'' or '\u2019' && b is 's' or 'S') || (b is '\'' or '\u2019' && a is 's' or 'S');
    }

    /// <summary>2024-12-26, 2015/08/12, 2019-sep-1, 26/12/2024 (day first unless the middle number exceeds 12), 3/2015, 22/04.</summary>
    private bool TryNumericDate(int i, out ParsedDate p)
    {
        p = default;
        var a = t[i];
        if (!a.IsPlainNumber || a.Is(TokenFlags.Ordinal) || !Separator(i + 1))
            return false;
        var sep = (char)At(i + 1).Value;
        var b = At(i + 2);
        if (a.Digits == 4)
        {
            var month = b.Kind == TokenKind.Word && b.Class is LexClass.Month or LexClass.MonthAbbrev ? b.Value
                : b.IsPlainNumber && b.Digits <= 2 ? b.Value : 0;
            if (month is < 1 or > 12)
                return false;
            if (Separator(i + 3) && At(i + 4).IsPlainNumber && At(i + 4).Digits <= 2)
            {
                var day = CalendarMath.SafeDate(a.Value, month, At(i + 4).Value);
                if (day is null)
                    return false;
                p = ParsedDate.Day(i, i + 4, day.Value, true, "numeric-ymd");
                return true;
            }
            if (b.Kind != TokenKind.Number || a.Value is < 1000 or > 2199)
                return false;
            p = ParsedDate.Of(i, i + 2, DateInterval.Month(a.Value, month), DatePrecision.Month, true, "numeric-ym");
            return true;
        }
        if (a.Digits > 2 || !b.IsPlainNumber)
            return false;
        if (b.Digits == 4 && a.Value is >= 1 and <= 12)
        {
            p = ParsedDate.Of(i, i + 2, DateInterval.Month(b.Value, a.Value), DatePrecision.Month, true, "numeric-my");
            return true;
        }
        if (b.Digits > 2)
            return false;
        // Day first (the international and Middle East convention); month first only when the second number cannot be a month.
        var (d, m) = b.Value > 12 ? (b.Value, a.Value) : (a.Value, b.Value);
        var c = At(i + 4);
        if ((Separator(i + 3) || (At(i + 3).IsPunct(',') && !At(i + 3).Is(TokenFlags.SpaceBefore))) && c.IsPlainNumber && c.Digits is 2 or 4)
        {
            var year = c.Digits == 4 ? c.Value : c.Value < 50 ? 2000 + c.Value : 1900 + c.Value;
            var date = CalendarMath.SafeDate(year, m, d);
            if (date is null)
                return false;
            p = ParsedDate.Day(i, i + 4, date.Value, true, "numeric-dmy");
            return true;
        }
        // Without a year only "22/04" or "on 4.22": bare "3-1" is a score and "1/2" a fraction.
        var governed = KeyAt(i - 1, Key.On) || KeyAt(i - 1, Key.In);
        if (!(governed || (sep == '/' && Math.Max(a.Value, b.Value) > 12)) || (sep != '/' && b.Value <= 12) || m > 12)
            return false;
        var resolved = CalendarMath.ResolveMonthDay(reference, m, d, Future);
        if (resolved is null)
            return false;
        p = ParsedDate.Day(i, i + 2, resolved.Value, false, Tensed("numeric-dm-past", "numeric-dm-future"));
        return true;
    }

    /// <summary>"2016 - 11", "2016/ 11", "11 / 2016": a year and a month around a spaced slash or hyphen.</summary>
    private readonly bool TrySpacedYearMonth(int i, out ParsedDate p)
    {
        p = default;
        var sep = At(i + 1);
        var b = At(i + 2);
        if (sep.Kind != TokenKind.Punct || sep.Value is not ('/' or '-') || !(sep.Is(TokenFlags.SpaceBefore) || b.Is(TokenFlags.SpaceBefore))
            || !t[i].IsPlainNumber || !b.IsPlainNumber || At(i + 3).Kind == TokenKind.Punct && At(i + 3).Value is '/' or '-' or '.' or ':')
            return false;
        var (year, month) = t[i].Digits == 4 ? (t[i].Value, b.Value) : (b.Value, t[i].Value);
        if (Math.Min(t[i].Digits, b.Digits) > 2 || Math.Max(t[i].Digits, b.Digits) != 4 || year is < 1000 or > 2199 || month is < 1 or > 12)
            return false;
        p = ParsedDate.Of(i, i + 2, DateInterval.Month(year, month), DatePrecision.Month, true, "numeric-ym");
        return true;
    }

    private readonly bool Separator(int i) =>
        At(i).Kind == TokenKind.Punct && At(i).Value is '/' or '-' or '.' && !At(i).Is(TokenFlags.SpaceBefore)
        && !At(i + 1).Is(TokenFlags.SpaceBefore) && At(i + 1).Kind != TokenKind.None;

    /// <summary>"26 December 2024", "7 August", "1st Jan", "22 of Jan", "16. Nov. 2016". <paramref name="first"/> is the span start.</summary>
    private bool TryDayMonth(int first, int i, int day, out ParsedDate p)
    {
        p = default;
        var j = i + 1;
        if (KeyAt(j, Key.Of))
            j++;
        else if (PunctAt(j, '.'))
            j++;
        var mt = At(j);
        if (mt.Kind == TokenKind.Word && mt.Class == LexClass.Keyword && (Key)mt.Value is Key.Next or Key.Last or Key.This or Key.Previous
            && At(j + 1).IsWord(LexClass.Unit) && At(j + 1).Value == (int)TimeUnit.Month)
        {
            var month = reference.AddMonths((Key)mt.Value switch { Key.Next => 1, Key.This => 0, _ => -1 });
            p = CalendarMath.SafeDate(month.Year, month.Month, day) is { } date
                ? ParsedDate.Day(first, j + 1, date, false, "day-of-shifted-month")
                : ParsedDate.Invalid(first, j + 1);
            return true;
        }
        if (mt.Kind != TokenKind.Word || mt.Class is not (LexClass.Month or LexClass.MonthAbbrev))
            return false;
        return FinishMonthDay(first, j, mt.Value, day, out p);
    }

    /// <summary>After "Month Day" or "Day Month" ending at token <paramref name="last"/>: an optional year, then resolve.</summary>
    private bool FinishMonthDay(int first, int last, int month, int day, out ParsedDate p)
    {
        p = default;
        var k = last + 1;
        if (PunctAt(k, '.') && IsYear(k + 1, out _))
            k++;
        if (At(k).IsPunct(','))
            k++;
        if (ReadYear(k, out var year, out var yearLast))
        {
            var date = CalendarMath.SafeDate(year, month, day);
            p = date is null ? ParsedDate.Invalid(first, yearLast) : ParsedDate.Day(first, yearLast, date.Value, true, "month-day-year");
            return true;
        }
        var resolved = CalendarMath.ResolveMonthDay(reference, month, day, Future);
        if (resolved is null)
        {
            p = ParsedDate.Invalid(first, last);
            return true;
        }
        p = ParsedDate.Day(first, last, resolved.Value, false, Tensed("month-day-past", "month-day-future"));
        return true;
    }

    /// <summary>"December 26, 2024", "Dec. 26", "Aug. 7", "Oct-2", "May twenty-first", "December 2024", "In December".</summary>
    private bool TryMonthLed(int i, out ParsedDate p)
    {
        p = default;
        var month = t[i].Value;
        var j = i + 1;
        if (PunctAt(j, '.') || ((PunctAt(j, '-') || PunctAt(j, '/')) && At(j + 1).IsPlainNumber))
            j++;
        if (KeyAt(j, Key.The))
            j++;
        if (TryMonthBetweenDays(i, month, out p))
            return true;
        if (ParseDay(j, out var day, out var dayLast) && !At(dayLast + 1).IsWord(LexClass.Unit))
        {
            if (TryMonthDayRange(i, month, day, dayLast, out p))
                return true;
            return FinishMonthDay(i, dayLast, month, day, out p);
        }
        j = i + 1;
        if (PunctAt(j, '.'))
            j++;
        if (At(j).IsPunct(','))
            j++;
        if (KeyAt(j, Key.Of))
            j++;
        if (ReadYear(j, out var year, out var yearLast))
        {
            p = ParsedDate.Of(i, yearLast, DateInterval.Month(year, month), DatePrecision.Month, true, "month-year");
            return true;
        }
        // "August 99": a two-digit number that cannot be a day is a year of the last century.
        if (At(j).IsPlainNumber && At(j).Digits == 2 && At(j).Value > 31 && !IsTimeOrAmount(j))
        {
            p = ParsedDate.Of(i, j, DateInterval.Month(1900 + At(j).Value, month), DatePrecision.Month, true, "month-year");
            return true;
        }
        if (At(i + 1).Kind == TokenKind.Word && At(i + 1).Class == LexClass.Keyword && (Key)At(i + 1).Value is Key.Next or Key.Last or Key.This
            && At(i + 2).IsWord(LexClass.Unit) && At(i + 2).Value == (int)TimeUnit.Year)
        {
            var shifted = reference.Year + (Key)At(i + 1).Value switch { Key.Next => 1, Key.Last => -1, _ => 0 };
            p = ParsedDate.Of(i, i + 2, DateInterval.Month(shifted, month), DatePrecision.Month, false, "month-of-shifted-year");
            return true;
        }
        // "in September of that year", "in March of the same year": the year the sentence (or the story) just named.
        var that = KeyAt(i + 1, Key.Of) ? (KeyAt(i + 2, Key.That) ? i + 3 : KeyAt(i + 2, Key.The) && KeyAt(i + 3, Key.Same) ? i + 4 : 0) : 0;
        if (that > 0 && anchor is { } named && At(that).IsWord(LexClass.Unit) && At(that).Value == (int)TimeUnit.Year)
        {
            p = ParsedDate.Of(i, that, DateInterval.Month(named.Interval.Start.Year, month), DatePrecision.Month,
                named.Basis == DateBasis.Explicit, "month-of-that-year");
            return true;
        }
        if (!MonthNameIsDate(i))
            return false;
        var y = CalendarMath.ResolveMonthYear(reference, month, Future);
        p = ParsedDate.Of(i, i, DateInterval.Month(y, month), DatePrecision.Month, false, Tensed("month-past", "month-future"));
        return true;
    }

    /// <summary>
    /// A month name standing alone. "may" in lower case is the modal; a bare "May" needs a governing date word;
    /// lower-case "march" is the verb; abbreviations need a governing word ("in Aug").
    /// </summary>
    private readonly bool MonthNameIsDate(int i)
    {
        var tok = t[i];
        var prev = PunctAt(i - 1, '-') ? At(i - 2) : At(i - 1);
        var governed = prev.Class == LexClass.Keyword && prev.Kind == TokenKind.Word && (Key)prev.Value is Key.In or Key.Of or Key.Since
            or Key.Until or Key.From or Key.To or Key.Between or Key.And or Key.By or Key.Before or Key.After or Key.During or Key.Last
            or Key.Next or Key.This or Key.Early or Key.Mid or Key.Late or Key.End or Key.Beginning or Key.Start or Key.Middle or Key.Through;
        if (tok.Class == LexClass.MonthAbbrev)
            return governed;
        if (tok.Value is 5 or 3 && !tok.Is(TokenFlags.Capitalized))
            return false;
        // A bare "May" is a month only after a date word ("In May", "since May", "early May"): otherwise it is the
        // surname ("Theresa May", "told May that …") or a wish ("May God …").
        if (tok.Value == 5 && !governed)
            return false;
        return true;
    }

    /// <summary>A day of the month: 7, 7th, "twenty-first", "twenty one", "the 21st" is handled by callers skipping "the".</summary>
    private readonly bool ParseDay(int j, out int day, out int last)
    {
        last = j;
        var tok = At(j);
        day = 0;
        if (tok.Kind == TokenKind.Number)
        {
            day = tok.Value;
            return (IsDayNumber(j, out _) || (tok.Is(TokenFlags.Ordinal) && day is >= 1 and <= 31)) && !IsYear(j, out _);
        }
        if (tok.Kind != TokenKind.Word || tok.Class is not (LexClass.OrdinalWord or LexClass.NumberWord) || tok.Value > 31)
            return false;
        day = tok.Value;
        if (day is 20 or 30)
        {
            var k = PunctAt(j + 1, '-') ? j + 2 : j + 1;
            var unit = At(k);
            if (unit.Kind == TokenKind.Word && unit.Class is LexClass.OrdinalWord or LexClass.NumberWord && unit.Value is >= 1 and <= 9)
            {
                day += unit.Value;
                last = k;
            }
        }
        return day is >= 1 and <= 31;
    }

    /// <summary>"summer 2019", "the summer of 2016", "summer" (most recent one, or next when future).</summary>
    private bool TrySeason(int i, out ParsedDate p, int shift)
    {
        var season = t[i].Value;
        var j = KeyAt(i + 1, Key.Of) ? i + 2 : i + 1;
        if (ReadYear(j, out var year, out var yearLast))
        {
            p = ParsedDate.Of(i, yearLast, CalendarMath.Season(year, season), DatePrecision.Season, true, "season-year");
            return true;
        }
        // "the fall of Raqqa", "the spring of 2011" aside: a season word followed by "of" and no year is an event noun.
        if (KeyAt(i + 1, Key.Of))
        {
            p = default;
            return false;
        }
        // "the summer heat", "the winter offensive": a bare season before a noun describes that noun, it dates nothing.
        if (shift == 0 && ModifiesNoun(i + 1))
        {
            p = default;
            return false;
        }
        var y = reference.Year + shift;
        if (shift == 0)
        {
            var thisYear = CalendarMath.Season(reference.Year, season);
            y = Future ? (thisYear.End >= reference ? reference.Year : reference.Year + 1)
                       : (thisYear.Start <= reference ? reference.Year : reference.Year - 1);
        }
        p = ParsedDate.Of(i, i, CalendarMath.Season(y, season), DatePrecision.Season, false, Tensed("season-past", "season-future"));
        return true;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is a lower-case noun that a season word before it would modify: not a
    /// date word, not a function word, not a verb that could follow the season as its subject ("summer saw", "is").
    /// </summary>
    private readonly bool ModifiesNoun(int i)
    {
        var tok = At(i);
        if (tok.Kind != TokenKind.Word || tok.Class != LexClass.None || tok.Is(TokenFlags.Capitalized) || tok.Length < 3)
            return false;
        return !SeasonFollowers.Contains(text.AsSpan(tok.Start, tok.Length));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SeasonFollowers = new HashSet<string>(
        ["and", "or", "when", "while", "but", "that", "which", "with", "the", "was", "were", "is", "will", "would", "has",
         "had", "saw", "brought", "months", "season", "term", "session", "break", "holidays", "for", "into", "amid"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"1990s", "the 1970's", "'90s": a decade.</summary>
    private readonly bool TryDecade(int first, int i, int value, int digits, out ParsedDate p)
    {
        p = default;
        if (value % 10 != 0 || digits is not (2 or 4))
            return false;
        var start = digits == 4 ? value : value <= reference.Year % 100 ? 2000 + value : 1900 + value;
        if (start is < 1000 or > 2190)
            return false;
        p = ParsedDate.Of(first, i, CalendarMath.Decade(start), DatePrecision.Decade, digits == 4, "decade");
        return true;
    }

    private readonly bool TryApostropheDecade(int i, out ParsedDate p)
    {
        p = default;
        var n = At(i + 1);
        return t[i].Value is '\'' or '\u2019' && n.Kind == TokenKind.Number && n.Is(TokenFlags.Plural) && !n.Is(TokenFlags.SpaceBefore)
               && TryDecade(i, i + 1, n.Value, n.Digits, out p);
    }

    /// <summary>"second of Aug", "twenty second of June 2017", "first Sunday", "the third Wednesday of previous month".</summary>
    private bool TryWordDay(int i, out ParsedDate p)
    {
        p = default;
        if (!ParseDay(i, out var day, out var last) || t[i].Value > 31)
            return TrySpelledYear(i, out p);
        if (t[i].Class == LexClass.OrdinalWord && day <= 4 && At(last + 1).IsWord(LexClass.Unit) && At(last + 1).Value == (int)TimeUnit.Quarter)
            return FinishQuarter(i, last + 1, day, 3, out p);
        if (TryDayMonth(i, last, day, out p) || TryNthWeekday(i, last, out p))
            return true;
        return TrySpelledYear(i, out p);
    }

    /// <summary>"In nineteen twenty eight": a year in words, with the same governing words as a year in digits.</summary>
    private readonly bool TrySpelledYear(int i, out ParsedDate p)
    {
        p = default;
        if (!ParseSpelledNumber(i, out var year, out var last) || year is < 1000 or > 2199 || !YearContext(i))
            return false;
        p = ParsedDate.Of(i, last, DateInterval.Year(year), DatePrecision.Year, true, "year-words");
        return true;
    }
}
