using Timeline.Core.Places.Geocoding;

namespace Timeline.Core.Places.Matching;

/// <summary>
/// The rules that decide whether a name found in the trie is a place mention here: letter case, person names
/// (<c>MatchRules.People.cs</c>), qualifiers and hyphenated adjectives. Each looks only at a few words around the candidate.
/// </summary>
internal static partial class MatchRules
{
    /// <summary>
    /// The places a candidate span may denote, given how it is written; null when none.
    /// Abbreviations need capitals ("US", not "us"); other names need a capital somewhere; a one-word name
    /// that is an everyday English word needs a capital away from the start of a sentence ("in Nice", not "Nice work").
    /// </summary>
    public static Place[]? AllowedPlaces(FoldedText folded, int first, int last, NameTerminal terminal, out NameKind kind)
    {
        kind = terminal.Kind;
        var tokens = folded.Tokens;
        bool allCaps = true, anyCapital = false, capitalAwayFromStart = false;
        for (var t = first; t <= last; t++)
        {
            var token = tokens[t];
            if (token.Has(TokenFlags.Article))
                continue;
            var capital = token.Has(TokenFlags.Capitalised);
            anyCapital |= capital;
            capitalAwayFromStart |= capital && !token.Has(TokenFlags.SentenceInitial) && !token.Has(TokenFlags.AllCaps);
            allCaps &= token.Has(TokenFlags.AllCaps) || (capital && token.FoldLength == 1);
        }

        if (anyCapital && terminal.Demonyms.Length > 0)
        {
            kind = NameKind.Demonym;
            return terminal.Demonyms;
        }
        if (anyCapital && terminal.Places.Length > 0 && (!terminal.Risky || capitalAwayFromStart)
            && !IsDefinedAcronym(folded, first, last))
            return terminal.Places;
        if (allCaps && terminal.Abbreviations.Length > 0)
        {
            kind = NameKind.Abbreviation;
            return terminal.Abbreviations;
        }
        return null;
    }

    /// <summary>
    /// True when a one-word name written in capitals is an acronym the text defines in parentheses: "the Iraqi News
    /// Agency (INA) … INA reported" is not the town of Ina. Curated abbreviations ("US", "UAE") are matched separately.
    /// </summary>
    private static bool IsDefinedAcronym(FoldedText folded, int first, int last)
    {
        var token = folded.Tokens[first];
        if (first != last || !token.Has(TokenFlags.AllCaps) || token.End - token.Start > 6)
            return false;
        var word = folded.Text.AsSpan(token.Start, token.End - token.Start);
        var text = folded.Text.AsSpan();
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            var end = at + word.Length;
            if (at > 0 && text[at - 1] == '(' && end < text.Length && text[end] == ')')
                return true;
            var next = text[end..].IndexOf(word, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }

    /// <summary>
    /// "the Rapid Support Forces", "the Gulf of Aden": a one-word name that is an everyday English word, followed by a
    /// capitalised word or by "of" and a capitalised word, is the first word of a longer proper name that the gazetteer
    /// does not hold, not a place on its own; followed by a group noun ("the Gulf states") it is a regional adjective. Countries are exempt ("Jordan Valley" is still about Jordan), and so is
    /// a feature word after the name ("Nice Airport" is a qualifier). A village name before an unknown capitalised
    /// word ("the Qara Qozak bridge") starts a longer name too.
    /// </summary>
    public static bool StartsLongerName(FoldedText folded, int first, int last, Place[] places)
    {
        var tokens = folded.Tokens;
        if (last != first || last + 1 >= tokens.Length || Breaks(tokens[last]))
            return false;
        var next = tokens[last + 1];
        var nextWord = folded.Folded(next);
        var longer = next.Has(TokenFlags.Capitalised) && !next.Has(TokenFlags.SentenceInitial)
            ? !MatchWords.SuffixQualifiers.Contains(nextWord.ToString())
            : (nextWord.SequenceEqual("of") && last + 2 < tokens.Length && !Breaks(next)
               && tokens[last + 2].Has(TokenFlags.Capitalised) && !tokens[last + 2].Has(TokenFlags.Article))
              || MatchWords.GroupNouns.Contains(nextWord.ToString());
        // Checked last, as they cost most: most names are followed by a lower-case word.
        if (!longer || places.Any(p => p.Kind == PlaceKind.Country))
            return false;
        if (MatchWords.Common.Contains(folded.Folded(tokens[last]).ToString()))
            return true;
        // "the Qara Qozak bridge", "the Khor Mor gas field": a village name followed by a capitalised word that is
        // neither English nor a name word of the text's own ("Qozak") starts a name the gazetteer does not hold.
        // Big places are exempt ("Aleppo University"), and so are a following month, weekday or acronym.
        var word = nextWord.ToString();
        return next.Has(TokenFlags.Capitalised) && !next.Has(TokenFlags.AllCaps) && !Breaks(tokens[last])
            && !places.Any(IsMajor) && !MatchWords.Common.Contains(word) && !MatchWords.Never.Contains(word)
            && !MatchWords.SuffixQualifiers.Contains(word);
    }

    /// <summary>
    /// "the African Union", "the Government of National Unity": a one-word name that is an everyday English word,
    /// right after a capitalised word that is neither a sentence opener nor a possessive ("South Sudan's Unity state"),
    /// ends a longer proper name the gazetteer does not hold. Countries are exempt.
    /// </summary>
    public static bool EndsLongerName(FoldedText folded, int first, int last, int lastMatched, Place[] places)
    {
        var tokens = folded.Tokens;
        var before = first - 1;
        if (last != first || before < 0 || before <= lastMatched || Breaks(tokens[before]))
            return false;
        var prev = tokens[before];
        if (!prev.Has(TokenFlags.Capitalised) || prev.Has(TokenFlags.SentenceInitial) || prev.Has(TokenFlags.Possessive)
            || prev.Has(TokenFlags.Article) || prev.Has(TokenFlags.Digit))
            return false;
        return MatchWords.Common.Contains(folded.Folded(tokens[first]).ToString()) && !places.Any(p => p.Kind == PlaceKind.Country);
    }

    /// <summary>
    /// "US troops", "U.S. officials", "UK government": an abbreviated country before a noun it qualifies is an
    /// adjective (a demonym), not the place of the event. The noun is a plural ("troops", "bases", "airstrikes") or one
    /// of <see cref="MatchWords.AttributiveHeads"/>; "the US and Israel", "in the US." and "the US said" stay places.
    /// </summary>
    public static bool IsAttributive(FoldedText folded, int last)
    {
        var tokens = folded.Tokens;
        if (last + 1 >= tokens.Length)
            return false;
        // The full stop of "U.S." breaks the name but not the phrase "U.S. airstrikes"; "US$4 billion" is a currency
        // and "U.S.-supplied" an adjective.
        var stop = tokens[last].End;
        var text = folded.Text;
        if (stop < text.Length && text[stop] == '$')
            return true;
        var next = tokens[last + 1];
        if (stop + 1 < text.Length && text[stop] == '.' && text[stop + 1] == '-' && next.Start == stop + 2)
            return MatchWords.AdjectiveSuffixes.Contains(folded.Folded(next).ToString());
        if (Breaks(tokens[last]) && !(stop + 1 < text.Length && text[stop] == '.' && text[stop + 1] == ' ' && next.Start == stop + 2))
            return false;
        if (next.Has(TokenFlags.Capitalised) || next.Has(TokenFlags.Digit))
            return false;
        var word = folded.Folded(next);
        // "US and Israeli air strikes": coordinated with a demonym, the abbreviation is one too.
        if (word is "and" && !Breaks(next) && last + 2 < tokens.Length && tokens[last + 2].Has(TokenFlags.Capitalised)
            && IsDemonymForm(folded.Folded(tokens[last + 2])))
            return true;
        if (MatchWords.AttributiveHeads.Contains(word.ToString()))
            return true;
        // A plural noun: ends in -s but is not a verb or function word ("says", "is", "has", "was", "as", "thus").
        return word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i')
            && !MatchWords.Never.Contains(word.ToString()) && !word.EndsWith("ss");
    }

    /// <summary>"Israeli", "Iranian", "Turkish", "Chinese": a capitalised word with a demonym's ending.</summary>
    private static bool IsDemonymForm(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("i") || word.EndsWith("ian") || word.EndsWith("ish") || word.EndsWith("ese") || word.EndsWith("an"));

    /// <summary>
    /// "Iraq's National Security advisor", "Israel's military", "Nineveh's governor": a possessive place name before
    /// an institution word names whose institution it is (a demonym, like "Iraqi"), not where the event happened.
    /// </summary>
    public static bool IsInstitutionOwner(FoldedText folded, int last)
    {
        var tokens = folded.Tokens;
        return tokens[last].Has(TokenFlags.Possessive) && last + 1 < tokens.Length
            && MatchWords.InstitutionHeads.Contains(folded.Folded(tokens[last + 1]).ToString());
    }

    /// <summary>
    /// "the Arakan Army", "the Sudan Liberation Army"-like names end in the word itself: a place name right before a
    /// capitalised organisation head ("Army", "Front", "Movement", "Brigades", "Party", …) names the group, like a
    /// demonym, not where the event happened.
    /// </summary>
    public static bool IsOrganisationPart(FoldedText folded, int last)
    {
        var tokens = folded.Tokens;
        return last + 1 < tokens.Length && !Breaks(tokens[last]) && tokens[last + 1].Has(TokenFlags.Capitalised)
            && MatchWords.OrganisationHeads.Contains(folded.Folded(tokens[last + 1]).ToString());
    }

    /// <summary>"US", "U.S.", "UK", "UAE": a country written as capitals of at most three letters.</summary>
    public static bool IsAbbreviatedCountry(FoldedText folded, int first, int last, Place[] places)
    {
        var tokens = folded.Tokens;
        var letters = 0;
        for (var t = first; t <= last; t++)
        {
            if (!tokens[t].Has(TokenFlags.AllCaps) && !(tokens[t].Has(TokenFlags.Capitalised) && tokens[t].FoldLength == 1))
                return false;
            letters += tokens[t].FoldLength;
        }
        return letters <= 3 && places.Any(p => p.Kind == PlaceKind.Country);
    }

    /// <summary>
    /// "the Gulf of Aden", "the Strait of Hormuz", "the Sea of Galilee": a name after a capitalised water-feature word
    /// and "of" is part of the water's name (which the gazetteer does not hold), not the town of that name.
    /// </summary>
    public static bool InWaterName(FoldedText folded, int first, int lastMatched)
    {
        var tokens = folded.Tokens;
        var of = first - 1;
        if (of - 1 <= lastMatched || !folded.Folded(tokens[of]).SequenceEqual("of") || Breaks(tokens[of - 1]) || Breaks(tokens[of]))
            return false;
        return tokens[of - 1].Has(TokenFlags.Capitalised) && MatchWords.WaterWords.Contains(folded.Folded(tokens[of - 1]).ToString());
    }

    /// <summary>
    /// "the Red Sea", "the Black Sea", "the Persian Gulf": a name that ends in a water word after "the" is the water
    /// itself, which the gazetteer does not hold, not the province named after it ("Red Sea state", Sudan's admin-1,
    /// is written without "the").
    /// </summary>
    public static bool IsWaterBody(FoldedText folded, int first, int last)
    {
        var tokens = folded.Tokens;
        if (last == first || first == 0 || Breaks(tokens[first - 1]) || !folded.Folded(tokens[first - 1]).SequenceEqual("the"))
            return false;
        var tail = folded.Folded(tokens[last]);
        return tail.SequenceEqual("sea") || tail.SequenceEqual("gulf") || tail.SequenceEqual("ocean");
    }

    private static bool IsMajor(Place p) =>
        p.Kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Region || p.FeatureCode is "PPLC" or "PPLA";

    /// <summary>"Mount Sinjar", "Jabal Sinjar": the feature word before a name, or null.</summary>
    public static string? PrefixQualifier(FoldedText folded, int index)
    {
        var token = folded.Tokens[index];
        if (Breaks(token) || !token.Has(TokenFlags.Capitalised))
            return null;
        var word = folded.Folded(token).ToString();
        return MatchWords.PrefixQualifiers.Contains(word) ? word : null;
    }

    /// <summary>"the city of al-Hasaka": the feature word before "of", or null.</summary>
    public static string? OfQualifier(FoldedText folded, int start, int lastMatched)
    {
        var tokens = folded.Tokens;
        if (start - 2 <= lastMatched || Breaks(tokens[start - 1]) || Breaks(tokens[start - 2]))
            return null;
        if (!folded.Folded(tokens[start - 1]).SequenceEqual("of"))
            return null;
        var word = folded.Folded(tokens[start - 2]).ToString();
        return MatchWords.OfQualifiers.Contains(word) ? word : null;
    }

    /// <summary>"Hasakah Governorate", "Al-Hol camp", "Rabia border crossing": the feature word after a name, or null.</summary>
    public static string? SuffixQualifier(FoldedText folded, int last, out int qualifierEnd)
    {
        qualifierEnd = last;
        var tokens = folded.Tokens;
        var next = last + 1;
        if (next >= tokens.Length || Breaks(tokens[last]))
            return null;
        var word = folded.Folded(tokens[next]).ToString();
        // "border crossing", "sub-district": two words, one qualifier.
        if ((word is "border" or "sub") && next + 1 < tokens.Length && !Breaks(tokens[next]))
        {
            var second = folded.Folded(tokens[next + 1]).ToString();
            if (word == "border" && second == "crossing" || word == "sub" && second == "district")
            {
                qualifierEnd = next + 1;
                return word == "border" ? "crossing" : "subdistrict";
            }
        }
        if (!MatchWords.SuffixQualifiers.Contains(word))
            return null;
        // A capitalised "Council"/"City" that starts an organisation is not ours, but "Governorate"/"Camp" are.
        qualifierEnd = next;
        return word;
    }

    /// <summary>The feature word that ends or starts a multi-word name ("Sinjar District", "Mount Sinjar"), or null.</summary>
    public static string? NameQualifier(FoldedText folded, int first, int last)
    {
        if (last == first)
            return null;
        var tail = folded.Folded(folded.Tokens[last]).ToString();
        if (MatchWords.SuffixQualifiers.Contains(tail))
            return tail;
        var head = folded.Folded(folded.Tokens[first]).ToString();
        return MatchWords.PrefixQualifiers.Contains(head) ? head : null;
    }

    /// <summary>"US-led", "Iran-backed": a place name used as the first half of a hyphenated adjective.</summary>
    public static bool IsAdjective(FoldedText folded, int last)
    {
        var tokens = folded.Tokens;
        if (!tokens[last].Has(TokenFlags.HyphenAfter) || last + 1 >= tokens.Length)
            return false;
        return MatchWords.AdjectiveSuffixes.Contains(folded.Folded(tokens[last + 1]).ToString());
    }

    private static bool Breaks(in TextToken token) =>
        token.Has(TokenFlags.BreakAfter) || token.Has(TokenFlags.Possessive);
}
