using System.Collections.Frozen;

namespace Timeline.Core.Text;

/// <summary>How a word ending in a full stop affects a sentence break.</summary>
internal enum AbbreviationKind
{
    /// <summary>Not an abbreviation: the full stop ends the sentence before a capital or a digit.</summary>
    None,

    /// <summary>A title or a word that needs what follows ("Gen.", "Dr.", "St.", "No.", "vs."): never ends a sentence.</summary>
    Title,

    /// <summary>
    /// Usually mid-sentence but may end one ("U.S.", "p.m.", "Inc.", "Aug.", initials): the sentence ends only before
    /// a word that typically starts a sentence ("The", "He", "In" …), never before a number.
    /// </summary>
    Ambiguous,
}

/// <summary>The abbreviation lists the <see cref="SentenceSplitter"/> consults; matching is case-sensitive.</summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl",
        "Pvt", "Pte", "Adm", "Cmdr", "Cdr", "Brig", "Gov", "Sen", "Rep", "Rev", "Fr", "Pres", "Amb", "Hon", "Insp",
        "Supt", "Det", "St", "Mt", "Ft", "Ste", "No", "Nos", "Art", "Vol", "Fig", "Ch", "Sec", "pp", "approx", "ca",
        "cf", "vs", "v", "Lt-Gen", "Maj-Gen", "Brig-Gen",
    ]);

    private static readonly FrozenSet<string> Ambiguous = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Bros", "etc", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "est",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    ]);

    // Words that commonly open a sentence; after an ambiguous abbreviation they signal a new one.
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His",
        "Her", "Their", "Our", "There", "In", "On", "At", "But", "And", "Or", "So", "Yet", "However", "Meanwhile",
        "According", "After", "Before", "Since", "While", "When", "Last", "Earlier", "During", "As", "If", "Some",
        "Many", "Most", "Officials", "Other", "Both", "Such", "What", "Why", "How", "Who", "Later", "Then", "Also",
        "Still", "Now", "Today", "Yesterday", "Separately", "Elsewhere", "Under", "For", "From", "With",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousLookup = Ambiguous.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Classifies the word before a full stop (without that stop). Dotted forms ("U.S", "e.g", "a.m") and single
    /// letters (initials) are ambiguous.
    /// </summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return AbbreviationKind.None;
        if (TitleLookup.Contains(word))
            return AbbreviationKind.Title;
        if (AmbiguousLookup.Contains(word) || word.Length == 1 && char.IsLetter(word[0]) || IsDotted(word))
            return AbbreviationKind.Ambiguous;
        return AbbreviationKind.None;
    }

    /// <summary>True for a word that typically opens a sentence ("The", "In", "He" …).</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);

    // "U.S", "e.g", "a.m", "Ph.D": letters separated by single full stops, each part one or two letters.
    private static bool IsDotted(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0)
            return false;
        foreach (var part in word.Split('.'))
        {
            var length = part.End.Value - part.Start.Value;
            if (length is 0 or > 2)
                return false;
            foreach (var c in word[part])
            {
                if (!char.IsLetter(c))
                    return false;
            }
        }
        return true;
    }
}
