namespace Timeline.Core.Time;

/// <summary>
/// Decides whether an underspecified date (bare weekday or month, day without year) points forward. News dates
/// point back by default; they point forward when a future modal or plan governs the phrase in its own clause:
/// "would begin on Monday", "is due to move in May", "is expected to be heard in January", "will vote on Friday".
/// A reporting verb or "that" between the cue and the phrase closes the clause, so in "said on Wednesday that the
/// bridge would cut…" the weekday belongs to "said" and stays in the past.
/// </summary>
internal static class TenseCues
{
    private const int Reach = 8;

    public static bool IsFuture(ReadOnlySpan<TimeToken> tokens, int first, int last)
    {
        for (int i = first - 1, seen = 0; i >= 0 && seen < Reach; i--, seen++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct && (t.Value is '.' or ';' or ':' or '"' or '\u201c' or '\u201d' or '('))
                break;
            if (t.Kind != TokenKind.Word || t.Class != LexClass.Keyword)
                continue;
            var key = (Key)t.Value;
            if (IsClauseBreak(key))
                return false;
            if (IsFutureCue(tokens, i, key))
                return true;
        }
        // "On Monday, the council will vote": the modal follows the phrase, before any reporting verb.
        for (int i = last + 1, seen = 0; i < tokens.Length && seen < 5; i++, seen++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct && t.Value != ',')
                break;
            if (t.Kind != TokenKind.Word || t.Class != LexClass.Keyword)
                continue;
            var key = (Key)t.Value;
            if (IsClauseBreak(key))
                return false;
            if (key is Key.Will or Key.Shall or Key.Ll)
                return true;
        }
        return false;
    }

    private static bool IsClauseBreak(Key key) =>
        key is Key.Said or Key.Says or Key.Told or Key.Announced or Key.Reported or Key.Stated or Key.That;

    private static bool IsFutureCue(ReadOnlySpan<TimeToken> tokens, int i, Key key) => key switch
    {
        Key.Will or Key.Would or Key.Shall or Key.Ll or Key.Expected or Key.Scheduled or Key.Plans or Key.Hope or Key.Intends or Key.Please => true,
        // "due to", "set to", "going to": only with the infinitive marker, so "due to the war" is no cue.
        Key.Due or Key.Set or Key.Going => i + 1 < tokens.Length && tokens[i + 1].IsKey(Key.To)
                                             && i + 2 < tokens.Length && !tokens[i + 2].IsKey(Key.The),
        _ => false,
    };
}
