using System.Globalization;

namespace Timeline.Core.Time;

/// <summary>
/// "since the 2021 coup, when it detained her ministers on 1 February", "In 2014, when IS overran Sinjar in August":
/// a clause opened by ", when" after a written year tells of that year, so a day or month without a year inside it is
/// in that year, not the most recent one.
/// </summary>
internal static class WhenClause
{
    /// <summary>The longest stretch between the year and the yearless date that still reads as one clause.</summary>
    private const int MaxGap = 80;

    /// <summary>
    /// <paramref name="current"/> moved into the year of <paramref name="previous"/> when <paramref name="previous"/>
    /// is a written year (a date or a "since" boundary), only ", when" and words without a sentence break lie between,
    /// and <paramref name="current"/> is a day of a month or a month whose year was not written ("on 1 February",
    /// "in August"; weekdays and counted phrases keep their reading); null otherwise.
    /// </summary>
    public static TimeMention? InYearOf(string text, TimeMention previous, TimeMention current)
    {
        if (previous.Basis != DateBasis.Explicit || previous.Precision != DatePrecision.Year || current.Basis != DateBasis.Relative
            || current.Kind != TimeMentionKind.Date || current.Precision is not (DatePrecision.Day or DatePrecision.Month)
            || !current.Rule.StartsWith("month", StringComparison.Ordinal) || current.Start - previous.End > MaxGap)
            return null;
        var between = text.AsSpan(previous.End, current.Start - previous.End);
        var when = between.IndexOf(", when ", StringComparison.Ordinal);
        if (when < 0 || between.IndexOfAny('.', ';', '?') >= 0 || between[(when + 1)..].Contains(','))
            return null;
        var year = previous.Interval.Start.Year;
        var start = current.Interval.Start;
        if (current.Precision == DatePrecision.Month)
            return current with
            {
                Interval = DateInterval.Month(year, start.Month),
                Basis = DateBasis.Explicit,
                Edtf = string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{start.Month:00}"),
                Rule = current.Rule + "+when-clause",
            };
        if (start.Day > DateTime.DaysInMonth(year, start.Month))
            return null;
        var day = new DateOnly(year, start.Month, start.Day);
        return current with
        {
            Interval = DateInterval.Day(day),
            Basis = DateBasis.Explicit,
            Edtf = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Rule = current.Rule + "+when-clause",
        };
    }
}
