using System.Text.RegularExpressions;

namespace Timeline.Core.Events;

/// <summary>
/// A deliberately small tense test for English news sentences: past narrative ("were massacred", "escorted", "had
/// fled") versus present states ("are imprisoned", "continue to live", "remains closed"). A participle after a present
/// auxiliary ("are imprisoned", "has been hit") is present, not past.
/// </summary>
internal static partial class NarrativeTense
{
    public static bool IsPast(string sentence)
    {
        int past = 0, present = 0;
        string? previous = null;
        foreach (Match word in Word().Matches(sentence))
        {
            var w = word.Value.ToLowerInvariant();
            if (w.Contains('-', StringComparison.Ordinal))
            {
                previous = w; // "US-occupied", "Turkish-backed": adjectives, not verbs
                continue;
            }
            if (PresentWords.Contains(w))
                present++;
            else if (PastWords.Contains(w))
                past++;
            else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !(previous is not null && PresentAuxiliaries.Contains(previous)))
                past++;
            previous = w;
        }
        return past > present;
    }

    private static readonly HashSet<string> PresentAuxiliaries = ["is", "are", "am", "be", "been", "being", "has", "have", "remain", "remains"];

    private static readonly HashSet<string> PresentWords =
        ["is", "are", "am", "remain", "remains", "continue", "continues", "has", "have", "still", "now", "currently", "says", "say"];

    private static readonly HashSet<string> PastWords =
    [
        "was", "were", "had", "did", "went", "took", "fled", "left", "came", "made", "began", "fought", "seized", "said", "told",
        "led", "held", "sent", "met", "brought", "drove", "fell", "struck", "shot", "hit", "won", "lost", "kept", "saw", "gave",
        "found", "rode", "ran", "set", "put", "got", "broke", "spoke", "wrote", "stood", "overran", "withdrew", "flew", "blew",
    ];

    [GeneratedRegex(@"[A-Za-z]+(?:-[A-Za-z]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
