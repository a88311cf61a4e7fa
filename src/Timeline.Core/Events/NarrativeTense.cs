namespace Timeline.Core.Events;

/// <summary>
/// A deliberately small tense test for English news sentences: past narrative ("were massacred", "escorted", "had
/// fled") versus present states ("are imprisoned", "continue to live", "remains closed"). A participle after a present
/// auxiliary ("are imprisoned", "has been hit") is present, not past; hyphenated adjectives ("US-backed") are neither.
/// </summary>
internal static class NarrativeTense
{
    public static bool IsPast(string sentence)
    {
        int past = 0, present = 0;
        var previousWasAuxiliary = false;
        var text = sentence.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var hyphenated = false;
            while (i < text.Length && (char.IsAsciiLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))))
            {
                hyphenated |= text[i] == '-';
                i++;
            }
            var word = text[start..i];
            // "…to the centre, where returnees go through vetting": a relative clause after the main verb describes
            // something else; its tense says nothing about the sentence's happening.
            if (past + present > 0 && RelativeWords.Contains(word))
                break;
            var auxiliary = false;
            if (!hyphenated)
            {
                if (PresentWords.Contains(word))
                {
                    present++;
                    auxiliary = PresentAuxiliaries.Contains(word);
                }
                else if (PastWords.Contains(word))
                {
                    past++;
                }
                // Capitalised words ending in -ed are names ("United Nations", "Ahmed"), not verbs.
                else if (word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) && !previousWasAuxiliary)
                {
                    past++;
                }
                auxiliary |= PresentAuxiliaries.Contains(word);
            }
            previousWasAuxiliary = auxiliary;
        }
        return past > present;
    }

    /// <summary>
    /// A reported statement: a verb of saying ("said", "told", "stated", "added") anywhere in the sentence.
    /// </summary>
    public static bool IsStatement(string sentence)
    {
        foreach (var range in sentence.AsSpan().SplitAny(" ,;:.\u201C\u201D\"".AsSpan()))
        {
            if (StatementVerbs.Contains(sentence.AsSpan()[range]))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StatementVerbs =
        Set("said", "told", "stated", "added", "says", "tells", "explained", "stressed", "noted");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeWords =
        Set("where", "which", "who", "whose", "whom");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentAuxiliaries =
        Set("is", "are", "am", "be", "been", "being", "has", "have", "remain", "remains");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentWords =
        Set("is", "are", "am", "remain", "remains", "continue", "continues", "has", "have", "still", "now", "currently", "says", "say");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastWords = Set(
        "was", "were", "had", "did", "went", "took", "fled", "left", "came", "made", "began", "fought", "seized", "said", "told",
        "led", "held", "sent", "met", "brought", "drove", "fell", "struck", "shot", "hit", "won", "lost", "kept", "saw", "gave",
        "found", "rode", "ran", "set", "put", "got", "broke", "spoke", "wrote", "stood", "overran", "withdrew", "flew", "blew");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
