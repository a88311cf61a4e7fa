namespace Timeline.Core.Time;

/// <summary>
/// Finds and resolves temporal expressions in English news text (see docs/dates.md for every rule).
/// Underspecified dates ("on Monday", "In December", "on 26 December") resolve to the most recent past one on or
/// before the reference date, unless the clause is future ("would begin on Monday", "is due to move in May") or says
/// "next". Numeric dates are read day first ("07/02/2025" is 7 February) unless the second number exceeds 12.
/// Durations ("14 years of war") and boundaries ("since 2011", "before 2014") are returned with their
/// <see cref="TimeMentionKind"/> so that callers can skip them. Thread-safe; allocates only for the mentions it returns.
/// </summary>
public sealed class TemporalTagger
{
    /// <summary>
    /// Tags <paramref name="text"/> (usually one sentence). <paramref name="reference"/> is the publication date;
    /// <paramref name="anchor"/> is the date of the discourse so far (for "the following day", "10 years later");
    /// without it, anchor-relative phrases count from <paramref name="reference"/>. Mentions come in text order and
    /// never overlap. Limits: English only; times of day are skipped, not resolved; number words above thirty-one
    /// and spelled-out years ("nineteen seventy") are not read.
    /// </summary>
    public IReadOnlyList<TimeMention> Tag(string text, DateOnly reference, TimeMention? anchor = null) =>
        Tag(text, reference, anchor, inferTense: true);

    /// <summary>
    /// As <see cref="Tag(string, DateOnly, TimeMention?)"/>; with <paramref name="inferTense"/> false, modal cues are
    /// ignored and every underspecified date takes its past reading (used to score the Recognizers-Text "past" answers).
    /// </summary>
    internal IReadOnlyList<TimeMention> Tag(string text, DateOnly reference, TimeMention? anchor, bool inferTense)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TimeTokenizer.Tokenize(text);
        var scanner = new DateScanner(text, tokens, reference, anchor, inferTense);
        List<TimeMention>? mentions = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!scanner.TryAt(i, out var found))
                continue;
            i = found.Last;
            if (found.IsInvalid)
                continue;
            mentions ??= [];
            var mention = ToMention(text, tokens, found, reference);
            if (mentions.Count > 0 && WhenClause.InYearOf(text, mentions[^1], mention) is { } inYear)
                mention = inYear;
            if (mention.Kind == TimeMentionKind.Date && SinceClause.Governs(text, mention.Start))
                mention = mention with { Kind = TimeMentionKind.Boundary, Edtf = mention.Edtf + "/..", Rule = "since-clause+" + mention.Rule };
            mentions.Add(mention);
            // The latest date of the sentence is the anchor of what follows it ("On October 20, … two days later, …").
            if (mention.Kind == TimeMentionKind.Date && mention.Precision != DatePrecision.Range)
                scanner = new DateScanner(text, tokens, reference, mention, inferTense);
        }
        return mentions ?? (IReadOnlyList<TimeMention>)[];
    }

    private static TimeMention ToMention(string text, ReadOnlySpan<TimeToken> tokens, in ParsedDate p, DateOnly reference)
    {
        var start = tokens[p.First].Start;
        var end = tokens[p.Last].End;
        var edtf = p.Edtf ?? EdtfFormatter.Format(p.Interval, p.Precision, p.Precision == DatePrecision.Range ? p.StartPrecision : p.Precision, reference, p.EndPrecision);
        return new TimeMention(start, end, text[start..end], p.Interval, p.Precision,
            p.Explicit ? DateBasis.Explicit : DateBasis.Relative, edtf, p.Kind, p.Rule);
    }
}
