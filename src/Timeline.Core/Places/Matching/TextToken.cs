namespace Timeline.Core.Places.Matching;

/// <summary>What the matcher needs to know about one word of the text besides its folded form.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    /// <summary>First letter is upper case ("Hasakah", "QAMISHLI").</summary>
    Capitalised = 1,
    /// <summary>Every letter is upper case and there are at least two ("US", "QAMISHLI").</summary>
    AllCaps = 2,
    /// <summary>Followed by a possessive 's ("Iraq's"); the token ends before the apostrophe.</summary>
    Possessive = 4,
    /// <summary>Joined to the next token by a hyphen or dash ("al-Hasaka", "Turkish-backed").</summary>
    HyphenAfter = 8,
    /// <summary>Something other than spaces and hyphens (punctuation, a line break) follows: no name spans it.</summary>
    BreakAfter = 16,
    /// <summary>First word of a sentence or line, where capitals prove nothing.</summary>
    SentenceInitial = 32,
    /// <summary>An Arabic definite article (al-, el-, Al , as-, ash-, …) that names skip.</summary>
    Article = 64,
    /// <summary>Contains a digit.</summary>
    Digit = 128,
}

/// <summary>
/// One word of a text: its span in the original text and its folded form in <see cref="FoldedText.Chars"/>.
/// </summary>
internal readonly record struct TextToken(int Start, int End, int FoldStart, int FoldLength, TokenFlags Flags)
{
    public bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
