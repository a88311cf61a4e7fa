namespace Timeline.Core.Events;

/// <summary>Direct speech in a sentence: a sentence that is mostly a quotation is a statement, not narrative.</summary>
internal static class Quotation
{
    /// <summary>True when at least half of the sentence's letters stand inside quotation marks (straight or curly).</summary>
    public static bool IsMostlyQuoted(string sentence)
    {
        int inside = 0, total = 0;
        var quoted = false;
        foreach (var c in sentence)
        {
            if (c is '"' or '\u201C' or '\u201D')
            {
                quoted = c switch { '\u201C' => true, '\u201D' => false, _ => !quoted };
                continue;
            }
            if (!char.IsLetter(c))
                continue;
            total++;
            if (quoted)
                inside++;
        }
        return total > 0 && inside * 2 >= total;
    }
}
