using System.Buffers;

namespace Timeline.Core.Text;

/// <summary>Splits an article body into sentences with offsets and paragraph numbers.</summary>
/// <remarks>
/// Rules, in one left-to-right pass (no allocation but the sentence strings):
/// <list type="bullet">
/// <item>A paragraph ends at a blank line ("\n\n", spaces allowed between); a sentence never spans paragraphs.
/// Paragraphs are numbered from 0, counting only those with text. A single "\n" is ordinary whitespace.</item>
/// <item>A sentence ends at ".", "!", "?", "…" or "...", after any closing quotes or brackets (<c>emptied."</c>),
/// when whitespace follows and the next word (after opening quotes or brackets) starts with a capital, a digit
/// or a caseless letter. Before a lowercase word there is never a break ("9 p.m. as", "… as well", "?" he asked).</item>
/// <item>No break inside a token ("2.5", "U.S.-led", "example.com"), nor after a title abbreviation ("Gen.", "Dr.",
/// "St.", "No. 5"). After an ambiguous one ("U.S.", "Inc.", "Aug. 7", initials "J. R. R.") the break needs a typical
/// sentence opener next ("The", "In", "He" …) and never happens before a number. See <see cref="Abbreviations"/>.</item>
/// </list>
/// Start and End are offsets into the body (End exclusive) of the sentence trimmed of surrounding whitespace;
/// Text equals <c>body[Start..End]</c>.
/// </remarks>
public sealed class SentenceSplitter
{
    private static readonly SearchValues<char> Terminals = SearchValues.Create(".!?…");

    /// <summary>Splits <paramref name="body"/>; an empty or blank body gives no sentences.</summary>
    public IReadOnlyList<Sentence> Split(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sentences = new List<Sentence>(body.Length / 120 + 1);
        var paragraph = 0;
        var start = 0;
        while (start < body.Length)
        {
            var end = ParagraphEnd(body, start, out var next);
            if (SplitParagraph(body, start, end, paragraph, sentences))
                paragraph++;
            start = next;
        }
        return sentences;
    }

    /// <summary>End of the paragraph starting at <paramref name="start"/>; <paramref name="next"/> is where the following one starts.</summary>
    private static int ParagraphEnd(string body, int start, out int next)
    {
        var i = start;
        while (true)
        {
            var newline = body.IndexOf('\n', i);
            if (newline < 0)
            {
                next = body.Length;
                return body.Length;
            }
            var j = newline + 1;
            while (j < body.Length && body[j] is ' ' or '\t' or '\r')
                j++;
            if (j < body.Length && body[j] == '\n')
            {
                next = j + 1;
                return newline;
            }
            i = j;
        }
    }

    /// <summary>Adds the sentences of one paragraph; false when it holds only whitespace.</summary>
    private static bool SplitParagraph(string body, int start, int end, int paragraph, List<Sentence> sentences)
    {
        var count = sentences.Count;
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var skip = body.AsSpan(i, end - i).IndexOfAny(Terminals);
            if (skip < 0)
                break;
            i += skip;
            var c = body[i];
            var j = i + 1;
            while (j < end && body[j] is '.' or '!' or '?' or '…')
                j++;
            var singleStop = c == '.' && j == i + 1;
            while (j < end && IsClosing(body[j]))
                j++;
            if (j >= end || !char.IsWhiteSpace(body[j]))
            {
                i = j - 1;
                continue;
            }
            var k = j;
            while (k < end && char.IsWhiteSpace(body[k]))
                k++;
            if (k < end && EndsHere(body, i, k, end, singleStop))
            {
                Add(body, sentenceStart, j, paragraph, sentences);
                sentenceStart = k;
            }
            i = k - 1;
        }
        Add(body, sentenceStart, end, paragraph, sentences);
        return sentences.Count > count;
    }

    /// <summary>Decides whether the terminal mark at <paramref name="stop"/> ends a sentence, given the next token at <paramref name="next"/>.</summary>
    private static bool EndsHere(string body, int stop, int next, int end, bool singleStop)
    {
        var n = next;
        while (n < end && IsOpening(body[n]))
            n++;
        if (n >= end)
            return false;
        var first = body[n];
        if (char.IsLower(first) || !char.IsLetterOrDigit(first))
            return false;
        if (!singleStop)
            return true;

        var kind = Abbreviations.Classify(WordBefore(body, stop));
        if (kind == AbbreviationKind.None)
            return true;
        if (kind == AbbreviationKind.Title || char.IsDigit(first))
            return false;
        var wordEnd = n;
        while (wordEnd < end && char.IsLetter(body[wordEnd]))
            wordEnd++;
        return Abbreviations.IsSentenceStarter(body.AsSpan(n, wordEnd - n));
    }

    /// <summary>The letters, inner full stops and hyphens just before <paramref name="stop"/> ("U.S", "Gen", "Lt-Gen").</summary>
    private static ReadOnlySpan<char> WordBefore(string body, int stop)
    {
        var s = stop;
        while (s > 0 && (char.IsLetter(body[s - 1]) || body[s - 1] is '.' or '-'))
            s--;
        while (s < stop && body[s] is '.' or '-')
            s++;
        return body.AsSpan(s, stop - s);
    }

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '}';

    private static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '(' or '[' or '{';

    private static void Add(string body, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(body[start]))
            start++;
        while (end > start && char.IsWhiteSpace(body[end - 1]))
            end--;
        if (end > start)
            sentences.Add(new Sentence(start, end, paragraph, body[start..end]));
    }
}
