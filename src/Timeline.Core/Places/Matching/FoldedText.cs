namespace Timeline.Core.Places.Matching;

/// <summary>
/// A text cut into words, each folded for matching while keeping its original offsets, in one pass.
/// Folding: lower case; Latin diacritics removed (ā → a, Ş → s); apostrophes and ʿayn/hamza inside a word
/// dropped (Dara'a → daraa); a final -ah/-eh becomes -a (Hasakah, Hasakeh → hasaka); a possessive 's ends
/// the word (Iraq's → iraq). Hyphens and dashes separate words but are remembered, so "al-Hasaka" gives an
/// Arabic-article token and "hasaka". Names are folded with the same code, so text and names always agree.
/// </summary>
internal sealed class FoldedText
{
    // Folded ASCII letter for U+00C0..U+024F and U+1E00..U+1EFF ('.' = no single-letter fold), from Unicode NFKD.
    private const string Latin1AndExtended =
        "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.llllll..llnnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzzs................................oo.............uu............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................";
    private const string LatinAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy.s....aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

    // Arabic articles written with a hyphen (as-Sukhnah, ar-Raqqa, ash-Shaddadi, ez-Zor); "al"/"el" also with a space.
    private static readonly HashSet<string> HyphenArticles =
        ["al", "el", "ad", "ar", "as", "ash", "at", "az", "adh", "ath", "ed", "er", "es", "ez", "en", "an", "et", "ul", "um"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenArticleLookup =
        HyphenArticles.GetAlternateLookup<ReadOnlySpan<char>>();

    private char[] _chars;
    private TextToken[] _tokens;

    private FoldedText(int capacity)
    {
        _chars = new char[Math.Max(16, capacity + capacity / 8)];
        _tokens = new TextToken[Math.Max(4, capacity / 5)];
    }

    /// <summary>The original text.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>The tokens in text order.</summary>
    public ReadOnlySpan<TextToken> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>The folded form of one token.</summary>
    public ReadOnlySpan<char> Folded(in TextToken token) => _chars.AsSpan(token.FoldStart, token.FoldLength);

    [ThreadStatic]
    private static FoldedText? t_reusable;

    /// <summary>Folds a text. Linear in its length; allocates two arrays.</summary>
    public static FoldedText Create(string text)
    {
        var result = new FoldedText(text.Length) { Text = text };
        result.Tokenize(text);
        result.MarkArticles();
        return result;
    }

    /// <summary>
    /// Like <see cref="Create"/> but reuses this thread's buffers: the result is valid only until the next call
    /// on the same thread, so the caller must finish with it first (the matcher does).
    /// </summary>
    public static FoldedText Reuse(string text)
    {
        var result = t_reusable ??= new FoldedText(4096);
        result.Text = text;
        result.Count = 0;
        if (result._chars.Length < text.Length + text.Length / 8 + 16)
            result._chars = new char[text.Length + text.Length / 8 + 16];
        result.Tokenize(text);
        result.MarkArticles();
        return result;
    }

    /// <summary>The folded key of a whole name: its non-article tokens joined by spaces ("Al Ḩasakah" → "hasaka").</summary>
    public static string Key(string name) => string.Join(' ', NameWords(name, dropInnerArticles: true));

    /// <summary>
    /// The folded words of a whole name. A leading Arabic article is dropped even without a hyphen ("Ar Raqqah" =
    /// "Al-Raqqah"); articles inside the name ("Deir ez-Zor", "Ras al-Ain") only when <paramref name="dropInnerArticles"/>.
    /// A name that is nothing but an article keeps it ("Al").
    /// </summary>
    public static List<string> NameWords(string name, bool dropInnerArticles)
    {
        var folded = Create(name);
        var words = new List<string>(folded.Count);
        foreach (var token in folded.Tokens)
        {
            var word = folded.Folded(token).ToString();
            var leading = words.Count == 0 && folded.Count > 1 && IsArticle(word);
            if (!leading && !(dropInnerArticles && token.Has(TokenFlags.Article)))
                words.Add(word);
        }
        return words;
    }

    /// <summary>Whether a folded word is an Arabic article ("al", "el", "ash", "ez", …).</summary>
    public static bool IsArticle(string word) => HyphenArticles.Contains(word);

    private void Tokenize(string text)
    {
        var foldLength = 0;
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsWordStart(text, i))
            {
                if (Count > 0)
                    MarkSeparator(c, text, i);
                if (c is '.' or '!' or '?' or '\n' or '\r' && !IsInitialDot(text, i))
                    sentenceStart = true;
                i++;
                continue;
            }

            var start = i;
            var foldStart = foldLength;
            var upper = 0;
            var letters = 0;
            var flags = TokenFlags.None;
            while (i < text.Length)
            {
                c = text[i];
                // Plain ASCII letters and digits, most of any English text, take a short path with the same result.
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (char.IsAsciiLetterUpper(c))
                    {
                        if (letters == 0)
                            flags |= TokenFlags.Capitalised;
                        upper++;
                        c = (char)(c + 32);
                    }
                    else if (char.IsAsciiDigit(c))
                    {
                        flags |= TokenFlags.Digit;
                    }
                    letters++;
                    EnsureChars(foldLength + 2);
                    _chars[foldLength++] = c;
                    i++;
                    continue;
                }
                if (IsApostrophe(c))
                {
                    var next = i + 1 < text.Length ? text[i + 1] : ' ';
                    if (!char.IsLetterOrDigit(next))
                        break;
                    if (c is '\'' or '\u2019' && next is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])) && i > start)
                    {
                        flags |= TokenFlags.Possessive;
                        break;
                    }
                    i++;
                    continue;
                }
                if (c is >= '\u0300' and <= '\u036F')
                {
                    i++;
                    continue;
                }
                if (!char.IsLetterOrDigit(c))
                    break;

                if (letters == 0 && char.IsUpper(c))
                    flags |= TokenFlags.Capitalised;
                if (char.IsUpper(c))
                    upper++;
                if (char.IsDigit(c))
                    flags |= TokenFlags.Digit;
                letters++;
                EnsureChars(foldLength + 2);
                foldLength = AppendFolded(c, _chars, foldLength);
                i++;
            }

            if (upper >= 2 && upper == letters)
                flags |= TokenFlags.AllCaps;
            if (sentenceStart)
                flags |= TokenFlags.SentenceInitial;
            sentenceStart = false;

            // -ah / -eh / -a are one ending in transliterations (Hasakah, Hasakeh, Hasaka).
            var length = foldLength - foldStart;
            if (length >= 4 && _chars[foldLength - 1] == 'h' && _chars[foldLength - 2] is 'a' or 'e')
            {
                _chars[foldLength - 2] = 'a';
                foldLength--;
                length--;
            }

            if (length == 0)
            {
                i = Math.Max(i, start + 1);
                continue;
            }
            if (Count == _tokens.Length)
                Array.Resize(ref _tokens, _tokens.Length * 2);
            _tokens[Count++] = new TextToken(start, i, foldStart, length, flags);
            if ((flags & TokenFlags.Possessive) != 0)
                i += 2;
        }
    }

    private static bool IsWordStart(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c) && !IsApostrophe(c))
            return true;
        // A leading ʿayn or apostrophe belongs to the word it opens ('Ayn, ʿAfrin), unless it is a quote mark.
        return IsApostrophe(c) && c != '\'' && c != '\u2018' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
    }

    /// <summary>A dot inside "U.S." or after an initial does not start a sentence.</summary>
    private static bool IsInitialDot(string text, int i) =>
        text[i] == '.' && i >= 1 && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]));

    private void MarkSeparator(char c, string text, int i)
    {
        ref var last = ref _tokens[Count - 1];
        if (c is ' ' or '\t' or '\u00A0' or '\u202F')
            return;
        if (IsHyphen(c))
        {
            last = last with { Flags = last.Flags | TokenFlags.HyphenAfter };
            return;
        }
        // "U.S." keeps its letters together as one name; any other punctuation breaks names.
        if (c == '.' && IsInitialDot(text, i) && i + 1 < text.Length && char.IsUpper(text[i + 1]))
            return;
        last = last with { Flags = last.Flags | TokenFlags.BreakAfter };
    }

    /// <summary>Flags al-/el- (with a hyphen or before a capitalised word) and as-/ash-/ar-/… (with a hyphen) as articles.</summary>
    private void MarkArticles()
    {
        for (var t = 0; t + 1 < Count; t++)
        {
            ref var token = ref _tokens[t];
            if (token.FoldLength > 3 || token.Has(TokenFlags.BreakAfter) || token.Has(TokenFlags.Possessive))
                continue;
            var folded = Folded(token);
            if (!HyphenArticleLookup.Contains(folded))
                continue;
            var isAl = folded is "al" or "el";
            var next = _tokens[t + 1];
            if (token.Has(TokenFlags.HyphenAfter) || (isAl && next.Has(TokenFlags.Capitalised) && token.Has(TokenFlags.Capitalised)))
                token = token with { Flags = token.Flags | TokenFlags.Article };
        }
    }

    private void EnsureChars(int needed)
    {
        if (needed > _chars.Length)
            Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
    }

    private static int AppendFolded(char c, char[] buffer, int at)
    {
        if (c < 128)
        {
            buffer[at] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            return at + 1;
        }
        var mapped = c switch
        {
            >= '\u00C0' and <= '\u024F' => Latin1AndExtended[c - '\u00C0'],
            >= '\u1E00' and <= '\u1EFF' => LatinAdditional[c - '\u1E00'],
            _ => '.',
        };
        if (mapped != '.')
        {
            buffer[at] = mapped;
            return at + 1;
        }
        var pair = c switch
        {
            'ß' => "ss",
            'æ' or 'Æ' => "ae",
            'œ' or 'Œ' => "oe",
            'þ' or 'Þ' => "th",
            _ => null,
        };
        if (pair is not null)
        {
            buffer[at] = pair[0];
            buffer[at + 1] = pair[1];
            return at + 2;
        }
        buffer[at] = char.ToLowerInvariant(c);
        return at + 1;
    }

    internal static bool IsApostrophe(char c) =>
        c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BE' or '\u02BF' or '`' or '\u00B4';

    internal static bool IsHyphen(char c) =>
        c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';
}
