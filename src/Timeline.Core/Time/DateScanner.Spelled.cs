namespace Timeline.Core.Time;

/// <summary>Years and decades written in words: "nineteen seventy eight", "two thousand and eighteen", "the seventies".</summary>
internal ref partial struct DateScanner
{
    /// <summary>A year in digits (1000–2199) or in words; <paramref name="last"/> is its final token.</summary>
    private readonly bool ReadYear(int j, out int year, out int last)
    {
        last = j;
        return IsYear(j, out year) || (ParseSpelledNumber(j, out year, out last) && year is >= 1000 and <= 2199);
    }

    /// <summary>
    /// "nineteen seventy eight" (two pairs), "nineteen zero one", "two thousand [and] eighteen",
    /// "one thousand seven hundred and eighty nine", "two hundred and sixty seven". Needs at least two words, so
    /// "two" alone is never read as a number here.
    /// </summary>
    private readonly bool ParseSpelledNumber(int j, out int value, out int last)
    {
        value = 0;
        last = j;
        if (!At(j).IsWord(LexClass.NumberWord) || At(j).Value >= TimeLexicon.Vague)
            return false;
        var k = j;
        var head = At(j).Value;
        if (head is >= 1 and <= 9 && KeyAt(j + 1, Key.Thousand))
        {
            value = head * 1000;
            k = j + 1;
            if (KeyAt(k + 1, Key.And))
                k++;
            if (At(k + 1).IsWord(LexClass.NumberWord) && At(k + 1).Value is >= 1 and <= 9 && KeyAt(k + 2, Key.Hundred))
            {
                value += At(k + 1).Value * 100;
                k += 2;
                if (KeyAt(k + 1, Key.And))
                    k++;
            }
            if (TwoDigitGroup(k + 1, out var rest, out var restLast))
            {
                value += rest;
                k = restLast;
            }
            else if (KeyAt(k, Key.And))
            {
                k--;
            }
            last = k;
            return true;
        }
        if (head is >= 1 and <= 9 && KeyAt(j + 1, Key.Hundred))
        {
            value = head * 100;
            k = KeyAt(j + 2, Key.And) ? j + 2 : j + 1;
            if (TwoDigitGroup(k + 1, out var rest, out var restLast))
            {
                value += rest;
                last = restLast;
            }
            else
            {
                last = j + 1;
            }
            return true;
        }
        // Two pairs: "nineteen | seventy eight", "twenty | twenty", "nineteen | zero one".
        if (!TwoDigitGroup(j, out var century, out var centuryLast) || century is < 10 or > 21)
            return false;
        if (!TwoDigitGroup(centuryLast + 1, out var yy, out var yyLast) || (yy < 10 && At(centuryLast + 1).Value != 0))
            return false;
        value = century * 100 + yy;
        last = yyLast;
        return true;
    }

    /// <summary>0–99 in words: "seventy eight", "twenty-first" is not a number here, "zero one" = 1, "eighteen".</summary>
    private readonly bool TwoDigitGroup(int j, out int value, out int last)
    {
        var tok = At(j);
        value = tok.Value;
        last = j;
        if (!tok.IsWord(LexClass.NumberWord) || value >= TimeLexicon.Vague)
            return false;
        if (value == 0)
        {
            if (!At(j + 1).IsWord(LexClass.NumberWord) || At(j + 1).Value is < 1 or > 9)
                return false;
            value = At(j + 1).Value;
            last = j + 1;
            return true;
        }
        if (value is >= 20 and <= 90 && value % 10 == 0)
        {
            var k = PunctAt(j + 1, '-') ? j + 2 : j + 1;
            if (At(k).IsWord(LexClass.NumberWord) && At(k).Value is >= 1 and <= 9)
            {
                value += At(k).Value;
                last = k;
            }
        }
        return true;
    }

    /// <summary>"seventies", "noughties", "nineteen seventies", "twenty-tens", "two thousands", "two thousand and tens".</summary>
    private readonly bool TryDecadeWords(int first, int j, out ParsedDate p)
    {
        p = default;
        var tok = At(j);
        int start, last;
        if (tok.IsWord(LexClass.DecadeWord))
        {
            if (tok.Value is 10 or 100)
                return false;
            (start, last) = (tok.Value == 0 ? 2000 : 1900 + tok.Value, j);
        }
        else if (tok.IsWord(LexClass.NumberWord) && tok.Value is 19 or 20)
        {
            var k = PunctAt(j + 1, '-') ? j + 2 : j + 1;
            if (!At(k).IsWord(LexClass.DecadeWord) || At(k).Value is 0 or 100)
                return false;
            (start, last) = (tok.Value * 100 + At(k).Value, k);
        }
        else if (tok.IsWord(LexClass.NumberWord) && tok.Value == 2)
        {
            if (At(j + 1).IsWord(LexClass.DecadeWord) && At(j + 1).Value == 100)
                (start, last) = (2000, j + 1);
            else if (KeyAt(j + 1, Key.Thousand) && KeyAt(j + 2, Key.And) && At(j + 3).IsWord(LexClass.DecadeWord) && At(j + 3).Value is > 0 and < 100)
                (start, last) = (2000 + At(j + 3).Value, j + 3);
            else
                return false;
        }
        else
        {
            return false;
        }
        p = ParsedDate.Of(first, last, CalendarMath.Decade(start), DatePrecision.Decade, tok.Class != LexClass.DecadeWord, "decade-words");
        return true;
    }
}
