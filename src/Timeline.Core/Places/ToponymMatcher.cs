using Timeline.Core.Places.Matching;

namespace Timeline.Core.Places;

/// <summary>
/// Finds every gazetteer name in a text in one pass over folded words (a token trie, see docs/geocoding.md).
/// Leftmost-longest: at each word the longest name that passes the case and person-name rules wins, and
/// matches never overlap. Feature words are absorbed as the match's qualifier ("Hasakah Governorate",
/// "Al-Hol camp", "Mount Sinjar", "the city of al-Hasaka" → qualifier "city" on "al-Hasaka").
/// Thread-safe; the name index is built once per gazetteer on first use (about a second for the full bundle).
/// </summary>
public sealed class ToponymMatcher(Gazetteer gazetteer)
{
    private readonly NameIndex _index = NameIndex.For(gazetteer);

    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>All place mentions in <paramref name="text"/>, in text order. Offsets index into <paramref name="text"/>.</summary>
    public IReadOnlyList<ToponymMatch> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldedText.Reuse(text);
        var tokens = folded.Tokens;
        var ids = tokens.Length <= 1024 ? stackalloc int[tokens.Length] : new int[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
            ids[t] = _index.TokenId(folded.Folded(tokens[t]));

        var matches = new List<ToponymMatch>();
        var lastMatched = -1;
        HashSet<int>? surnames = null; // trie nodes of one-word names the text used as a person's surname
        Span<(int End, int Node)> ends = stackalloc (int, int)[16];
        for (var t = 0; t < tokens.Length; t++)
        {
            if (ids[t] < 0 || tokens[t].Has(TokenFlags.Article))
                continue;
            var found = Walk(tokens, ids, t, ends);
            for (var k = found - 1; k >= 0; k--)
            {
                var (end, node) = ends[k];
                if (MatchRules.IsKnownSurname(folded, t, end, surnames, node))
                    continue;
                var match = Accept(folded, t, end, _index.TerminalAt(node)!, lastMatched, out var consumedTo, out var surname);
                if (surname && t == end)
                    (surnames ??= []).Add(node);
                if (match is null)
                    continue;
                matches.Add(match);
                lastMatched = consumedTo;
                t = consumedTo;
                break;
            }
        }
        return matches;
    }

    /// <summary>The candidates for a name typed by a user, ignoring case rules; null when unknown.</summary>
    internal ToponymMatch? MatchName(string name)
    {
        var trimmed = name.Trim();
        var terminal = _index.Lookup(trimmed);
        string? qualifier = null;
        if (terminal is null)
        {
            // "Hasakah province", "Al-Hol camp", "Mount Sinjar": the name without its feature word.
            var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && MatchWords.SuffixQualifiers.Contains(words[^1].ToLowerInvariant()))
            {
                qualifier = words[^1].ToLowerInvariant();
                terminal = _index.Lookup(string.Join(' ', words[..^1]));
            }
            else if (words.Length > 1 && MatchWords.PrefixQualifiers.Contains(words[0].ToLowerInvariant()))
            {
                qualifier = words[0].ToLowerInvariant();
                terminal = _index.Lookup(string.Join(' ', words[1..]));
            }
        }
        if (terminal is null)
            return null;
        var (places, kind) = terminal.Demonyms.Length > 0 && terminal.Places.Length == 0
            ? (terminal.Demonyms, NameKind.Demonym)
            : terminal.Places.Length > 0 ? (terminal.Places, terminal.Kind) : (terminal.Abbreviations, NameKind.Abbreviation);
        return places.Length == 0 ? null : new ToponymMatch(0, trimmed.Length, trimmed, places, kind, qualifier);
    }

    /// <summary>Walks the trie from token <paramref name="start"/>; records every complete name (shortest first).</summary>
    private int Walk(ReadOnlySpan<TextToken> tokens, ReadOnlySpan<int> ids, int start, Span<(int End, int Node)> ends)
    {
        var node = 0;
        var found = 0;
        for (var u = start; u < tokens.Length; u++)
        {
            if (u > start && tokens[u].Has(TokenFlags.Article))
                continue;
            if (ids[u] < 0 || !_index.TryStep(node, ids[u], out node))
                break;
            if (_index.TerminalAt(node) is not null && found < ends.Length)
                ends[found++] = (u, node);
            if (tokens[u].Has(TokenFlags.BreakAfter) || tokens[u].Has(TokenFlags.Possessive))
                break;
        }
        return found;
    }

    private static ToponymMatch? Accept(FoldedText folded, int first, int last, NameTerminal terminal, int lastMatched, out int consumedTo,
        out bool surname)
    {
        consumedTo = last;
        surname = false;
        var tokens = folded.Tokens;
        var places = MatchRules.AllowedPlaces(folded, first, last, terminal, out var kind);
        if (places is null)
            return null;
        if (MatchRules.IsPersonName(folded, first, last, lastMatched, places, out surname) || MatchRules.StartsLongerName(folded, first, last, places)
            || MatchRules.EndsLongerName(folded, first, last, lastMatched, places) || MatchRules.InWaterName(folded, first, lastMatched)
            || MatchRules.IsWaterBody(folded, first, last))
            return null;

        // Span: include an Arabic article written before the name ("al-Hasaka") and "Mount" before it.
        var startToken = first;
        if (first > 0 && tokens[first - 1].Has(TokenFlags.Article) && first - 1 > lastMatched)
            startToken = first - 1;
        string? qualifier = null;
        if (startToken > 0 && startToken - 1 > lastMatched && MatchRules.PrefixQualifier(folded, startToken - 1) is { } prefix)
        {
            qualifier = prefix;
            startToken--;
        }
        else if (MatchRules.OfQualifier(folded, startToken, lastMatched) is { } ofWord)
        {
            qualifier = ofWord;
        }

        // A feature word inside the name itself ("Sinjar District", "Al-Hol camp", "Mount Sinjar") is its qualifier too.
        qualifier ??= MatchRules.NameQualifier(folded, first, last);
        var endToken = last;
        if (MatchRules.IsAdjective(folded, last) || MatchRules.IsInstitutionOwner(folded, last) || MatchRules.IsOrganisationPart(folded, last)
            || (MatchRules.IsAbbreviatedCountry(folded, first, last, places) && MatchRules.IsAttributive(folded, last)))
            kind = NameKind.Demonym;
        else if (MatchRules.SuffixQualifier(folded, last, out var qualifierEnd) is { } suffix)
        {
            qualifier = suffix;
            endToken = qualifierEnd;
        }

        consumedTo = endToken;
        var start = tokens[startToken].Start;
        var end = tokens[endToken].End;
        return new ToponymMatch(start, end, folded.Text[start..end], places, kind, qualifier);
    }
}
