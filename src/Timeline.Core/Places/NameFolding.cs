using Timeline.Core.Places.Matching;

namespace Timeline.Core.Places;

/// <summary>
/// Folds a place name to a key that ignores the ways news and official sources spell the same name:
/// case, diacritics, ʿayn/hamza and apostrophes, hyphens, a leading Arabic article, the -ah/-eh/-a endings
/// and administrative words ("Governorate", "Province", "District", "Muhafazat", "Qada").
/// </summary>
/// <remarks>
/// "Al-Hasakeh Governorate", "al Hasakah" and "Hasaka" all fold to <c>hasaka</c>. The letters, words, endings and
/// articles are folded by <see cref="FoldedText"/>, the code the toponym matcher folds article text with, so a name
/// folds here exactly as it is matched in text; only the administrative words are this class's own rule. Only a
/// LEADING article is dropped ("Ras al-Ain" keeps its inner "al"), so folding is safe to apply to names but is not a
/// text normaliser.
/// </remarks>
public static class NameFolding
{
    private static readonly HashSet<string> AdminWords =
        ["governorate", "province", "district", "muhafazat", "muhafaza", "qada", "qadaa", "qadha", "subdistrict", "nahiya"];

    /// <summary>The folded key of <paramref name="name"/>; empty when nothing but punctuation remains.</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = FoldedText.NameWords(name, dropInnerArticles: false);
        if (words.Count > 1 && AdminWords.Contains(words[0]))
        {
            words.RemoveAt(0);
            // "Muhafazat al Hasakah": the article now leads.
            if (words.Count > 1 && FoldedText.IsArticle(words[0]))
                words.RemoveAt(0);
        }
        while (words.Count > 1 && AdminWords.Contains(words[^1]))
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }
}
