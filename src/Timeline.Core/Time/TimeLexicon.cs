namespace Timeline.Core.Time;

internal enum LexClass : byte
{
    None,
    /// <summary>Full month name; Value = 1..12.</summary>
    Month,
    /// <summary>Abbreviated month ("Aug", "Sept"); Value = 1..12.</summary>
    MonthAbbrev,
    /// <summary>Full weekday name; Value = <see cref="DayOfWeek"/>.</summary>
    Weekday,
    /// <summary>Abbreviated weekday ("Tue", "Thurs"); Value = <see cref="DayOfWeek"/>.</summary>
    WeekdayAbbrev,
    /// <summary>Season; Value = 1 spring, 2 summer, 3 autumn, 4 winter (EDTF codes 21..24 minus 20).</summary>
    Season,
    /// <summary>Calendar unit, singular or plural; Value = <see cref="TimeUnit"/>.</summary>
    Unit,
    /// <summary>Cardinal number word ("two", "a"); Value = the number.</summary>
    NumberWord,
    /// <summary>Ordinal number word ("first", "twenty-second" is two tokens); Value = the number.</summary>
    OrdinalWord,
    /// <summary>Part of a day ("morning", "night"): kept in the span, ignored in the value.</summary>
    DayPart,
    /// <summary>Decade word: "seventies" = 70, "noughties" = 0, "tens" = 10, "thousands" = 100 ("the two thousands").</summary>
    DecadeWord,
    /// <summary>Function word with a role in date phrases; Value = <see cref="Key"/>.</summary>
    Keyword,
}

internal enum TimeUnit { Day = 1, Week, Fortnight, Month, Quarter, Year, Decade, Century }

internal enum Key
{
    Yesterday = 1, Today, Tomorrow, Tonight, Last, Next, This, Past, Previous, Coming, Earlier, Later, Ago,
    Following, Since, Before, After, Until, Between, From, To, Through, And, In, On, Of, The, During, By, Mid,
    Early, Late, End, Beginning, Start, Middle, Recent, Now, Same, Current, Weekend, Prior, Around,
    // Tense cues: a future modal or plan before the phrase in the same clause makes bare dates point forward.
    Will, Would, Shall, Due, Expected, Scheduled, Set, Plans, Going, Hope, Intends, Ll,
    // Reporting verbs close the clause that a tense cue can reach ("said on Wednesday that it would ...").
    Said, Says, Told, Announced, Reported, Stated, That, Within, Rest, For, Q, H, Starting, Hence, Hundred, Thousand,
    // "my day", "your week": the current one; "w" of "w/c Feb 4" (week commencing).
    My, W,
    // A request points forward like a plan ("please set up a call in four business days").
    Please,
    // Fixed-date holidays: "Christmas Day", "on Christmas Eve".
    Christmas,
}

/// <summary>The closed vocabulary of date phrases, looked up by span without allocating.</summary>
internal static class TimeLexicon
{
    internal readonly record struct Entry(LexClass Class, int Value);

    /// <summary>Added to the value of "a", "an", "few", "several": they count amounts ("a week after") but never name a day.</summary>
    public const int Vague = 100;

    /// <summary>The value of the day part "overnight", the only one that is a date on its own.</summary>
    public const int Overnight = 1;

    private static readonly Dictionary<string, Entry> Words = Build();
    private static readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> Lookups =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int LongestWord = Words.Keys.Max(k => k.Length);

    public static Entry Lookup(ReadOnlySpan<char> word) =>
        word.Length <= LongestWord && Lookups.TryGetValue(word, out var entry) ? entry : default;

    private static Dictionary<string, Entry> Build()
    {
        var d = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var m = 0; m < 12; m++)
            d[months[m]] = new(LexClass.Month, m + 1);
        foreach (var (abbr, m) in new[] { ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
                     ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12) })
            d[abbr] = new(LexClass.MonthAbbrev, m);
        string[] days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
        for (var w = 0; w < 7; w++)
            d[days[w]] = new(LexClass.Weekday, w);
        foreach (var (abbr, w) in new[] { ("sun", 0), ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4),
                     ("thurs", 4), ("fri", 5), ("sat", 6) })
            d[abbr] = new(LexClass.WeekdayAbbrev, w);
        foreach (var (s, v) in new[] { ("spring", 1), ("summer", 2), ("autumn", 3), ("fall", 3), ("winter", 4) })
            d[s] = new(LexClass.Season, v);
        foreach (var (u, v) in new[] { ("day", TimeUnit.Day), ("days", TimeUnit.Day), ("week", TimeUnit.Week), ("weeks", TimeUnit.Week),
                     ("fortnight", TimeUnit.Fortnight), ("month", TimeUnit.Month), ("months", TimeUnit.Month), ("quarter", TimeUnit.Quarter),
                     ("year", TimeUnit.Year), ("years", TimeUnit.Year), ("decade", TimeUnit.Decade), ("decades", TimeUnit.Decade),
                     ("century", TimeUnit.Century) })
            d[u] = new(LexClass.Unit, (int)v);
        string[] cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
        for (var n = 0; n < cardinals.Length; n++)
            d[cardinals[n]] = new(LexClass.NumberWord, n);
        string[] tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var n = 0; n < tens.Length; n++)
        {
            d[tens[n]] = new(LexClass.NumberWord, 30 + 10 * n);
            d[tens[n][..^1] + "ies"] = new(LexClass.DecadeWord, 30 + 10 * n);
        }
        d["twenties"] = new(LexClass.DecadeWord, 20);
        d["tens"] = new(LexClass.DecadeWord, 10);
        d["noughties"] = new(LexClass.DecadeWord, 0);
        d["thousands"] = new(LexClass.DecadeWord, 100);
        d["a"] = new(LexClass.NumberWord, Vague + 1);
        d["an"] = new(LexClass.NumberWord, Vague + 1);
        d["few"] = new(LexClass.NumberWord, Vague + 3);
        d["several"] = new(LexClass.NumberWord, Vague + 3);
        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
        for (var n = 0; n < ordinals.Length; n++)
            d[ordinals[n]] = new(LexClass.OrdinalWord, n + 1);
        d["thirtieth"] = new(LexClass.OrdinalWord, 30);
        foreach (var p in new[] { "morning", "afternoon", "evening", "night", "midday", "noon", "dawn", "midnight" })
            d[p] = new(LexClass.DayPart, 0);
        d["overnight"] = new(LexClass.DayPart, Overnight);
        foreach (var (k, v) in new[]
                 {
                     ("yesterday", Key.Yesterday), ("today", Key.Today), ("tomorrow", Key.Tomorrow), ("tonight", Key.Tonight),
                     ("last", Key.Last), ("next", Key.Next), ("this", Key.This), ("past", Key.Past), ("previous", Key.Previous),
                     ("coming", Key.Coming), ("upcoming", Key.Coming), ("earlier", Key.Earlier), ("later", Key.Later), ("ago", Key.Ago),
                     ("following", Key.Following), ("since", Key.Since), ("before", Key.Before), ("after", Key.After),
                     ("until", Key.Until), ("till", Key.Until), ("between", Key.Between), ("from", Key.From), ("to", Key.To),
                     ("through", Key.Through), ("thru", Key.Through), ("and", Key.And), ("in", Key.In), ("on", Key.On),
                     ("of", Key.Of), ("the", Key.The), ("during", Key.During), ("by", Key.By), ("mid", Key.Mid), ("early", Key.Early),
                     ("late", Key.Late), ("end", Key.End), ("beginning", Key.Beginning), ("start", Key.Start), ("middle", Key.Middle),
                     ("recent", Key.Recent), ("now", Key.Now), ("same", Key.Same), ("current", Key.Current), ("weekend", Key.Weekend),
                     ("prior", Key.Prior), ("around", Key.Around), ("will", Key.Will), ("would", Key.Would), ("shall", Key.Shall),
                     ("due", Key.Due), ("expected", Key.Expected), ("scheduled", Key.Scheduled), ("set", Key.Set), ("plans", Key.Plans),
                     ("plan", Key.Plans), ("planned", Key.Plans), ("planning", Key.Plans), ("going", Key.Going), ("hope", Key.Hope),
                     ("hopes", Key.Hope), ("intends", Key.Intends), ("intend", Key.Intends), ("ll", Key.Ll), ("said", Key.Said),
                     ("says", Key.Says), ("told", Key.Told), ("announced", Key.Announced), ("reported", Key.Reported),
                     ("stated", Key.Stated), ("that", Key.That), ("within", Key.Within), ("rest", Key.Rest), ("for", Key.For), ("q", Key.Q), ("h", Key.H), ("starting", Key.Starting), ("commencing", Key.Starting), ("hence", Key.Hence), ("hundred", Key.Hundred), ("thousand", Key.Thousand), ("tmrw", Key.Tomorrow),
                     ("my", Key.My), ("your", Key.My), ("w", Key.W), ("please", Key.Please), ("christmas", Key.Christmas),
                 })
            d[k] = new(LexClass.Keyword, (int)v);
        return d;
    }
}
