namespace Timeline.Core.Time;

/// <summary>
/// Splits a sentence into <see cref="TimeToken"/>s without allocating (the buffer is reused per thread).
/// Digits followed by st/nd/rd/th become ordinal numbers, by s or 's decade plurals; "2,500" is one grouped number.
/// </summary>
internal static class TimeTokenizer
{
    [ThreadStatic] private static TimeToken[]? buffer;

    public static ReadOnlySpan<TimeToken> Tokenize(string text)
    {
        var tokens = buffer ??= new TimeToken[256];
        var count = 0;
        var space = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }
            if (count == tokens.Length)
                buffer = tokens = GrowTo(tokens, tokens.Length * 2);
            var flags = space ? TokenFlags.SpaceBefore : TokenFlags.None;
            space = false;
            if (char.IsAsciiDigit(c))
                tokens[count++] = ReadNumber(text, ref i, flags);
            else if (char.IsLetter(c))
                tokens[count++] = ReadWord(text, ref i, flags);
            else
                tokens[count++] = new TimeToken(i++, 1, TokenKind.Punct, flags, LexClass.None, c, 0);
        }
        return tokens.AsSpan(0, count);
    }

    private static TimeToken[] GrowTo(TimeToken[] old, int size)
    {
        var grown = new TimeToken[size];
        old.CopyTo(grown, 0);
        return grown;
    }

    private static TimeToken ReadWord(string text, ref int i, TokenFlags flags)
    {
        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
            i++;
        if (char.IsUpper(text[start]))
            flags |= TokenFlags.Capitalized;
        var entry = TimeLexicon.Lookup(text.AsSpan(start, i - start));
        return new TimeToken(start, i - start, TokenKind.Word, flags, entry.Class, entry.Value, 0);
    }

    private static TimeToken ReadNumber(string text, ref int i, TokenFlags flags)
    {
        var start = i;
        long value = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            if (value < 100_000_000)
                value = value * 10 + (text[i] - '0');
            i++;
        }
        var digits = i - start;
        // Thousands groups and decimals ("2,500", "10,000", "2.5 million") are amounts, never dates.
        while (i + 3 < text.Length && text[i] == ',' && IsDigitRun(text, i + 1, 3))
        {
            flags |= TokenFlags.Grouped;
            i += 4;
        }
        if ((flags & TokenFlags.Grouped) != 0)
            return new TimeToken(start, i - start, TokenKind.Number, flags, LexClass.None, (int)Math.Min(value, int.MaxValue), (byte)Math.Min(digits, 255));

        if (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            var end = i;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
                end++;
            var suffix = text.AsSpan(i, end - i);
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                flags |= TokenFlags.Ordinal;
                i = end;
            }
            else if (suffix.Equals("s", StringComparison.OrdinalIgnoreCase))
            {
                flags |= TokenFlags.Plural;
                i = end;
            }
        }
        else if (i + 1 < text.Length && (text[i] == '\'' || text[i] == '\u2019') && (text[i + 1] == 's' || text[i + 1] == 'S')
                 && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
        {
            flags |= TokenFlags.Plural;
            i += 2;
        }
        return new TimeToken(start, i - start, TokenKind.Number, flags, LexClass.None, (int)Math.Min(value, int.MaxValue), (byte)Math.Min(digits, 255));
    }

    private static bool IsDigitRun(string text, int from, int length)
    {
        if (from + length > text.Length)
            return false;
        for (var k = from; k < from + length; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
                return false;
        }
        return from + length == text.Length || !char.IsAsciiDigit(text[from + length]);
    }
}
