namespace Timeline.Core.Places.Matching;

/// <summary>The rules that tell a person's name from a place's: titles, given names and nisbas, speakers, surnames.</summary>
internal static partial class MatchRules
{
    /// <summary>
    /// True when a one-word name is a person's name here: after a title ("Prime Minister Sudani", "Sheikh X"),
    /// after "bin"/"ibn", or an Arabic nisba after a given name ("Hamid al-Shatri", "Abu Bakr al-Baghdadi").
    /// </summary>
    public static bool IsPersonName(FoldedText folded, int first, int last, int lastMatched, Place[] places) =>
        IsPersonName(folded, first, last, lastMatched, places, out _);

    /// <summary>As above; <paramref name="surname"/> tells that the name is the surname after a given name ("Mehmet Kaya").</summary>
    public static bool IsPersonName(FoldedText folded, int first, int last, int lastMatched, Place[] places, out bool surname)
    {
        surname = false;
        var tokens = folded.Tokens;
        if (last != first)
            return false;
        if (IsGivenName(folded, last, places))
            return true;
        var before = first - 1;
        var hasArticle = before >= 0 && tokens[before].Has(TokenFlags.Article);
        if (hasArticle)
            before--;
        if (before < 0 || before <= lastMatched || Breaks(tokens[before]))
            return false;
        var word = folded.Folded(tokens[before]).ToString();
        if (MatchWords.Titles.Contains(word))
            return true;
        // "envoy Jordan Hayes": the word before is a given name after a title, so this one is the surname.
        if (before > 0 && !Breaks(tokens[before - 1]) && tokens[before].Has(TokenFlags.Capitalised)
            && MatchWords.Titles.Contains(folded.Folded(tokens[before - 1]).ToString()))
            return true;
        if (!tokens[before].Has(TokenFlags.Capitalised) || tokens[before].Has(TokenFlags.Digit))
            return false;
        // "Amina Khalil": a capitalised word that is neither English nor a place name, right before, is a given name. A
        // big city's name, or a pair opening the sentence, needs a speaker's cue as well ("said Mehmet Kaya", "Mehmet
        // Kaya, a shopkeeper").
        if (!hasArticle)
        {
            if (tokens[before].Has(TokenFlags.AllCaps) || MatchWords.Common.Contains(word) || MatchWords.Never.Contains(word))
                return false;
            var speaker = IsSpeaker(folded, before, last);
            return surname = (!tokens[before].Has(TokenFlags.SentenceInitial) || speaker) && (speaker || !places.Any(IsMajor));
        }
        if (MatchWords.Never.Contains(word))
            return false;
        // A capitalised everyday word opening a sentence ("Near al-Qaim") is not a given name.
        return !(tokens[before].Has(TokenFlags.SentenceInitial) && MatchWords.Common.Contains(word));
    }

    /// <summary>
    /// "said Mehmet Kaya", "Mehmet Kaya said", "Mehmet Kaya, a shopkeeper": a two-word name (tokens
    /// <paramref name="first"/>..<paramref name="last"/>) that speaks or is described as a person.
    /// </summary>
    private static bool IsSpeaker(FoldedText folded, int first, int last)
    {
        var tokens = folded.Tokens;
        if (first > 0 && !Breaks(tokens[first - 1]) && MatchWords.SpeechVerbs.Contains(folded.Folded(tokens[first - 1]).ToString()))
            return true;
        if (last + 1 >= tokens.Length)
            return false;
        var next = folded.Folded(tokens[last + 1]).ToString();
        if (!Breaks(tokens[last]))
            return MatchWords.SpeechVerbs.Contains(next);
        // ", a shopkeeper": the comma breaks the name; an article and a lower-case noun describe a person or a thing.
        var stop = tokens[last].End;
        return stop < folded.Text.Length && folded.Text[stop] == ',' && next is "a" or "an" && last + 2 < tokens.Length
            && !tokens[last + 2].Has(TokenFlags.Capitalised) && MatchWords.Roles.Contains(folded.Folded(tokens[last + 2]).ToString());
    }

    /// <summary>
    /// "Kaya said his shop was rebuilt": a one-word name the text has already given as a person's surname, standing
    /// alone later without a place preposition before it, is that person.
    /// </summary>
    public static bool IsKnownSurname(FoldedText folded, int first, int last, IReadOnlySet<int>? surnames, int nameId)
    {
        if (surnames is null || first != last || !surnames.Contains(nameId))
            return false;
        var tokens = folded.Tokens;
        return first == 0 || Breaks(tokens[first - 1]) || !MatchWords.PlacePrepositions.Contains(folded.Folded(tokens[first - 1]).ToString());
    }

    /// <summary>
    /// "Hamid al-Shatri", "Hamid bin Ali": a one-word settlement name followed by an Arabic article and a capitalised
    /// word, or by bin/ibn, is a given name. Countries, provinces and big cities are exempt ("Raqqa al-...").
    /// </summary>
    private static bool IsGivenName(FoldedText folded, int last, Place[] places)
    {
        var tokens = folded.Tokens;
        if (last + 2 >= tokens.Length || Breaks(tokens[last]) || Breaks(tokens[last + 1]))
            return false;
        var next = tokens[last + 1];
        var nextWord = folded.Folded(next);
        var linked = (next.Has(TokenFlags.Article) && nextWord is "al" or "el" && tokens[last + 2].Has(TokenFlags.Capitalised))
            || nextWord is "bin" or "ibn";
        return linked && places.All(p => p.Kind is not (PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Region)
            && p.FeatureCode != "PPLC");
    }
}
