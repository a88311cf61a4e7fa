namespace Timeline.Core.Time;

/// <summary>
/// "since losing their last territory in 2019", "since the fall of Baghuz in 2019", "since the RSF seized most of
/// Khartoum in 2023": a date inside a clause opened by "since" (up to nine words before it, no clause break between) marks where an ongoing state began, not a happening.
/// </summary>
internal static class SinceClause
{
    /// <summary>Words looked back from the date for "since".</summary>
    private const int MaxWordsBack = 9;

    public static bool Governs(string text, int dateStart) => Opening(text, dateStart) is not null;

    /// <summary>
    /// The offset of the "since" whose clause holds the date at <paramref name="dateStart"/> ("since it was bombed in
    /// 2017"), or null when no such clause governs it; "since 2019" itself is read by the scanner, not here.
    /// </summary>
    public static int? Opening(string text, int dateStart)
    {
        var words = 0;
        var i = dateStart - 1;
        while (i >= 0 && words <= MaxWordsBack)
        {
            var c = text[i];
            if (c is ',' or ';' or ':' or '.' or '(' or ')' or '"' or '\u201C' or '\u201D' or '\u2014')
                return null;
            if (!char.IsLetter(c))
            {
                i--;
                continue;
            }
            var end = i + 1;
            while (i >= 0 && char.IsLetter(text[i]))
                i--;
            words++;
            if (text.AsSpan(i + 1, end - i - 1).Equals("since", StringComparison.OrdinalIgnoreCase))
                return words > 1 ? i + 1 : null; // "since 2019" itself is read as a boundary by the scanner
        }
        return null;
    }
}
