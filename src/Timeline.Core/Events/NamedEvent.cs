using System.Globalization;
using Timeline.Core.Time;

namespace Timeline.Core.Events;

/// <summary>
/// A day without a year used as the name of a happening: "the Oct. 7 attack", "Hamas's October 7 attacks", "the March 15
/// protests". Readers know such an event by its date, so it is not the most recent 7 October: it is the one the article
/// itself writes with a year ("Hamas's attack on Israel in October 2023", "on Oct. 7, 2023"). Without such a mention
/// the usual reading (the most recent past day) stands.
/// </summary>
internal static class NamedEvent
{
    /// <summary>Whether <paramref name="main"/> (body offsets) is a yearless day right before an event noun.</summary>
    public static bool Follows(string body, TimeMention main)
    {
        if (main.Precision != DatePrecision.Day || main.Basis != DateBasis.Relative || !main.Rule.StartsWith("month-day", StringComparison.Ordinal))
            return false;
        var next = WordAfter(body, main.End);
        return !next.IsEmpty && EventNouns.Contains(next);
    }

    /// <summary>The word after the spaces at <paramref name="end"/> of <paramref name="body"/> (empty when none).</summary>
    private static ReadOnlySpan<char> WordAfter(string body, int end)
    {
        var i = end;
        while (i < body.Length && body[i] == ' ')
            i++;
        var start = i;
        while (i < body.Length && char.IsLetter(body[i]))
            i++;
        return body.AsSpan(start, i - start);
    }

    /// <summary><paramref name="main"/> moved to <paramref name="date"/>, its rule extended by <paramref name="why"/>.</summary>
    private static TimeMention MovedTo(TimeMention main, DateOnly date, string why) => main with
    {
        Interval = DateInterval.Day(date),
        Edtf = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Rule = main.Rule + why,
    };

    /// <summary>
    /// <paramref name="main"/> moved to the latest earlier year in which the article writes the same day or month with
    /// its year (in <paramref name="articleDates"/>, every date of the body), when that day is not after
    /// <paramref name="published"/>; null when the article writes none.
    /// </summary>
    public static TimeMention? InWrittenYear(TimeMention main, IReadOnlyList<TimeMention> articleDates, DateOnly published)
    {
        var (month, day) = (main.Interval.Start.Month, main.Interval.Start.Day);
        var year = 0;
        foreach (var m in articleDates)
        {
            var y = m.Interval.Start.Year;
            if (m.Kind != TimeMentionKind.Date || m.Basis != DateBasis.Explicit || m.Interval.Start.Month != month
                || y >= main.Interval.Start.Year || y <= year)
                continue;
            if (m.Precision == DatePrecision.Month || (m.Precision == DatePrecision.Day && m.Interval.Start.Day == day))
                year = y;
        }
        if (year == 0 || day > DateTime.DaysInMonth(year, month) || new DateOnly(year, month, day) > published)
            return null;
        return MovedTo(main, new DateOnly(year, month, day), "+named-event");
    }

    /// <summary>
    /// Days the news names without a year because every reader knows which one: "the Oct. 7 attacks" (Hamas-led attack
    /// on Israel, 2023), "the Sept. 11 attacks" (2001). Only with an attack noun, and only when the article writes no
    /// year for the day itself (<see cref="InWrittenYear"/> is asked first).
    /// </summary>
    private static readonly (int Month, int Day, int Year)[] KnownDays = [(10, 7, 2023), (9, 11, 2001)];

    private static readonly HashSet<string> AttackNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "attacks", "massacre", "massacres", "assault",
    };

    /// <summary>
    /// <paramref name="main"/> (body offsets) moved to the year of a day in <see cref="KnownDays"/> when an attack noun
    /// follows it and that day is before <paramref name="published"/>; null otherwise.
    /// </summary>
    public static TimeMention? InKnownYear(string body, TimeMention main, DateOnly published)
    {
        var (month, day) = (main.Interval.Start.Month, main.Interval.Start.Day);
        foreach (var known in KnownDays)
        {
            if (known.Month != month || known.Day != day || known.Year >= main.Interval.Start.Year)
                continue;
            var date = new DateOnly(known.Year, month, day);
            if (date > published || !AttackNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WordAfter(body, main.End)))
                return null;
            return MovedTo(main, date, "+known-day");
        }
        return null;
    }
}
