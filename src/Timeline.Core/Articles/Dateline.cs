using System.Text.RegularExpressions;

namespace Timeline.Core.Articles;

/// <summary>
/// The wire dateline that opens a story: "BEIRUT, Dec 14 (Reuters) -", "KYIV, Ukraine —", "DEIR AL-BALAH, Gaza Strip
/// (AP) —": a place in capitals, optional comma parts (country, filing date), an optional outlet in brackets and a dash.
/// </summary>
internal static partial class Dateline
{
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z'’. -]+(?:,\s*[A-Z][\w'’. -]*?)*)\s*(?:\((?<outlet>[^()]{2,40})\)\s*)?[—–-]\s", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>A dateline is never longer than this; only the start of a text is searched.</summary>
    private const int MaxLength = 160;

    /// <summary>The length of the dateline at the start of <paramref name="text"/>, 0 when there is none.</summary>
    public static int Length(string text) => Find(text) is { } m ? m.Length : 0;

    /// <summary>The outlet named in the dateline ("Reuters"), or null.</summary>
    public static string? Outlet(string text) => Find(text) is { } m && m.Groups["outlet"].Success ? m.Groups["outlet"].Value : null;

    private static Match? Find(string text)
    {
        // Most texts open with a capital and a lower-case letter ("The …"): no dateline, no regex.
        if (text.Length < 4 || !char.IsAsciiLetterUpper(text[0]) || !char.IsAsciiLetterUpper(text[1]))
            return null;
        var m = Pattern().Match(text, 0, Math.Min(text.Length, MaxLength));
        return m.Success && HasCapitalWord(m.Groups["place"].Value) ? m : null;
    }

    // The place is written in capitals: at least two capital letters in a row ("A car bomb - " is no dateline).
    private static bool HasCapitalWord(string place)
    {
        for (var i = 1; i < place.Length; i++)
        {
            if (char.IsAsciiLetterUpper(place[i]) && char.IsAsciiLetterUpper(place[i - 1]))
                return true;
        }
        return false;
    }
}
