using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Core.Articles;

/// <summary>A publication date read from a header line.</summary>
/// <param name="Date">The calendar date (the time and zone, if any, are read past but not used).</param>
/// <param name="Text">The phrase it was read from, time and zone included ("Sep 18, 2024 14:05 GMT").</param>
/// <param name="Rest">What follows the phrase on the line, trimmed: empty, a source ("Via The Cradle") or glued body text.</param>
internal sealed record HeaderDate(DateOnly Date, string Text, string Rest);

/// <summary>
/// Reads a publication date at the start of a header line, in the common news forms:
/// <c>Friday, December 27, 2024</c>, <c>Dec. 27th, 2024</c>, <c>27 Dec 2024</c>, <c>Thursday 22nd of August 2024</c>,
/// <c>Mon, 15 Sep 2025 06:00:00 +0300</c> (RFC 2822), <c>2025-06-18T09:30:00Z</c>, <c>2024/12/27</c>, <c>07/02/2025</c>,
/// and after a blog byline: <c>Posted by Nadia on March 3, 2025</c>.
/// </summary>
/// <remarks>
/// Prefixes such as "Published:", "UPDATED", "Posted on", "date" and a glued "Post a Comment" are skipped; a trailing
/// time and zone ("14:05 GMT", "| 11:42", "07.15 BST", "+0300") belongs to the phrase.
/// Numeric dates are <b>day-first</b>: <c>07/02/2025</c> is 7 February 2025. Only when the second number cannot be a
/// month (over 12) is the date read month-first (<c>12/25/2024</c> is 25 December). A four-digit year first
/// (<c>2024/12/27</c>) is always year-month-day. Two-digit years are 2000–2069 or 1970–1999.
/// The date must start the line (or a " | "-separated part of it), so a date inside a sentence is never taken.
/// </remarks>
internal static partial class HeaderDateParser
{
    private const string Month =
        "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?" +
        "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";

    private const string Weekday =
        "(?:(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)" +
        "(?![a-z])\\.?,?\\s+)?";

    private const string Ordinal = "(?:st|nd|rd|th)?";

    [GeneratedRegex(
        @"^(?:(?:post a comment|published|posted|updated|last updated|first published|date|dated|publication date)(?![a-z])\s*(?:on|at)?\s*[:\-–—]?\s*)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixRegex();

    [GeneratedRegex(
        @"^(?<year>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d])(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"^(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericRegex();

    [GeneratedRegex("^" + Weekday + Month + @"\s*(?<d>\d{1,2})" + Ordinal + @"(?![\d])\s*,?\s*(?<year>\d{4})(?![\d])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstRegex();

    [GeneratedRegex("^" + Weekday + @"(?<d>\d{1,2})" + Ordinal + @"(?:\s+of)?[\s-]*" + Month + @"\s*[,-]?\s*(?<year>\d{4})(?![\d])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstRegex();

    // "14:05 GMT", "| 11:42", "07.15 BST", "06:00:00 +0300", "at 10:30 a.m. ET", "10:00 (UTC+3)".
    [GeneratedRegex(
        @"^\s*(?:[,|·•@–—-]\s*|at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:(?:GMT|UTC|Z)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5}(?![a-z])|[+-]\d{2}:?\d{2})\)?)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex TimeRegex();

    /// <summary>
    /// Reads a date at the start of <paramref name="line"/>; with <paramref name="inParts"/> also at the start of any
    /// part after a separator ("|", "•", "·", ",", " - ", " — "), as in "By Jane Doe, December 27, 2024" — then the
    /// whole line is header and <see cref="HeaderDate.Rest"/> is empty. Callers pass false for a sentence.
    /// </summary>
    public static HeaderDate? Parse(string line, bool inParts = true)
    {
        line = line.Trim();
        var found = ParseAtStart(line);
        if (found is not null || !inParts)
            return found;
        // "Posted by Nadia on March 3, 2025": a blog byline with the date after "on".
        if (BylineRegex().Match(line) is { Success: true } byline && ParseAtStart(line[byline.Length..]) is { } posted)
            return posted with { Rest = "" };
        for (var i = line.AsSpan().IndexOfAny(PartSeparators); i >= 0 && i < line.Length - 1; )
        {
            var inPart = ParseAtStart(line[(i + 1)..].TrimStart(' ', '-', '–', '—'));
            if (inPart is not null)
                return inPart with { Rest = "" };
            var next = line.AsSpan(i + 1).IndexOfAny(PartSeparators);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:posted|published|written|updated|last updated)\s+by\s+[^,|]{1,60}?\s+(?:on|at)\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineRegex();

    private static readonly System.Buffers.SearchValues<char> PartSeparators = System.Buffers.SearchValues.Create("|•·,–—-");

    private static HeaderDate? ParseAtStart(string line)
    {
        var text = line[PrefixRegex().Match(line).Length..];
        var (date, length) = MatchDate(text);
        if (date is null)
            return null;
        length += TimeRegex().Match(text, length, text.Length - length).Length;
        var rest = text[length..].TrimStart(' ', '\t', ',', '|', '-', '–', '—', '·', '•').TrimEnd();
        return new HeaderDate(date.Value, text[..length].Trim(), rest);
    }

    private static (DateOnly? Date, int Length) MatchDate(string text)
    {
        var m = IsoRegex().Match(text);
        if (m.Success)
            return (Make(Int(m, "year"), Int(m, "m"), Int(m, "d")), m.Length);

        m = NumericRegex().Match(text);
        if (m.Success)
        {
            int a = Int(m, "a"), b = Int(m, "b"), year = FullYear(m.Groups["year"].Value);
            // Day-first; month-first only when the second number cannot be a month.
            return b > 12 ? (Make(year, a, b), m.Length) : (Make(year, b, a), m.Length);
        }

        m = MonthFirstRegex().Match(text);
        if (!m.Success)
            m = DayFirstRegex().Match(text);
        return m.Success ? (Make(Int(m, "year"), MonthNumber(m.Groups["month"].Value), Int(m, "d")), m.Length) : (null, 0);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static int FullYear(string digits)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 4 ? year : year < 70 ? 2000 + year : 1900 + year;
    }

    /// <summary>January = 1 …; the first three letters decide.</summary>
    internal static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
