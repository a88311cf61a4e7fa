namespace Timeline.Core.Time;

internal enum TokenKind : byte { None, Word, Number, Punct }

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    /// <summary>Whitespace precedes the token.</summary>
    SpaceBefore = 1,
    /// <summary>A number written with an ordinal suffix: 1st, 22nd, 7th.</summary>
    Ordinal = 2,
    /// <summary>A number with a plural suffix: 1990s, 1970's, 90s.</summary>
    Plural = 4,
    /// <summary>A thousands-grouped or otherwise non-date number: 2,500; 10,000.</summary>
    Grouped = 8,
    /// <summary>A word that starts with an upper-case letter.</summary>
    Capitalized = 16,
}

/// <summary>
/// One token of a sentence: a word, a number or a single punctuation character. Words carry their lexicon entry
/// so that the scanner never compares strings again.
/// </summary>
internal readonly record struct TimeToken(
    int Start, int Length, TokenKind Kind, TokenFlags Flags, LexClass Class, int Value, byte Digits)
{
    public int End => Start + Length;
    public bool Is(TokenFlags flag) => (Flags & flag) != 0;
    public bool IsWord(LexClass c) => Kind == TokenKind.Word && Class == c;
    public bool IsKey(Key key) => Kind == TokenKind.Word && Class == LexClass.Keyword && Value == (int)key;
    public bool IsPunct(char c) => Kind == TokenKind.Punct && Value == c;
    /// <summary>A plain number (not grouped, not plural) that could be part of a date.</summary>
    public bool IsPlainNumber => Kind == TokenKind.Number && (Flags & (TokenFlags.Grouped | TokenFlags.Plural)) == 0;
}
