using System.Globalization;

namespace Timeline.Core.Places.Building;

/// <summary>Small text rules the builder applies to source names.</summary>
internal static class SourceText
{
    /// <summary>
    /// True when every letter of <paramref name="name"/> is Latin script (basic, supplement, extended, IPA and
    /// modifier letters such as ʿ); names in other scripts are dropped to keep the bundle focused on English news.
    /// </summary>
    public static bool IsLatin(string name)
    {
        var letters = 0;
        foreach (var ch in name)
        {
            if (!char.IsLetter(ch))
                continue;
            letters++;
            if (ch > '\u024F' && ch is < '\u1E00' or > '\u1EFF' && ch is < '\u02B0' or > '\u02FF')
                return false;
        }
        return letters > 0;
    }

    /// <summary>
    /// Distinct usable aliases in first-seen order: trimmed, Latin script, at least two letters, not equal to
    /// <paramref name="primary"/>. "Hasaka (Al Haksa)" also yields "Hasaka" and "Al Haksa".
    /// </summary>
    public static List<string> Aliases(string primary, IEnumerable<string?> candidates)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { primary };
        var result = new List<string>();
        foreach (var raw in candidates)
        {
            if (string.IsNullOrWhiteSpace(raw))
                continue;
            foreach (var name in WithParentheses(raw.Trim()))
            {
                if (name.Length >= 2 && IsLatin(name) && seen.Add(name))
                    result.Add(name);
            }
        }
        return result;
    }

    /// <summary>Parses a number written in invariant culture.</summary>
    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IEnumerable<string> WithParentheses(string name)
    {
        yield return name;
        var open = name.IndexOf('(');
        var close = name.IndexOf(')');
        if (open > 0 && close > open)
        {
            yield return name[..open].Trim();
            yield return name[(open + 1)..close].Trim();
        }
    }
}
