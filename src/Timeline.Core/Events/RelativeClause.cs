namespace Timeline.Core.Events;

/// <summary>
/// A non-restrictive relative clause between commas: "Donald Trump, who takes office on Monday, withdrew …",
/// "Saraqib, which troops recaptured in 2020, …". What it says describes a person or thing of the sentence.
/// </summary>
internal static class RelativeClause
{
    /// <summary>Whether the span [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="sentence"/>
    /// lies inside ", who|which|whose|whom … ," (the closing comma required).</summary>
    public static bool Encloses(string sentence, int start, int end)
    {
        var comma = sentence.LastIndexOf(',', Math.Max(0, start - 1));
        if (comma < 0 || start <= comma || sentence.IndexOf(',', end) < 0)
            return false;
        var i = comma + 1;
        while (i < sentence.Length && sentence[i] == ' ')
            i++;
        var wordStart = i;
        while (i < sentence.Length && char.IsLetter(sentence[i]))
            i++;
        return sentence.AsSpan(wordStart, i - wordStart) is "who" or "which" or "whose" or "whom";
    }
}
