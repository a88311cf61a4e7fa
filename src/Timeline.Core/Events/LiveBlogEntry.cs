using System.Text.RegularExpressions;

namespace Timeline.Core.Events;

/// <summary>A live-blog entry: a paragraph that opens with a time stamp and a dash ("10:42 GMT —", "9.15am -").</summary>
internal static partial class LiveBlogEntry
{
    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\(?(?:GMT|UTC|[A-Z]{2,4})(?:\s*[+-]\d{1,2})?\)?)?\s*[—–-]\s", RegexOptions.CultureInvariant)]
    private static partial Regex TimeStampRegex();

    /// <summary>Whether <paramref name="sentence"/> starts with a live-blog time stamp.</summary>
    public static bool StartsWithTimeStamp(string sentence) =>
        sentence.Length > 6 && char.IsAsciiDigit(sentence[0]) && TimeStampRegex().IsMatch(sentence);
}
