namespace Timeline.Core.Articles;

/// <summary>The header fields found in an article's first lines, and the body that remains.</summary>
internal sealed record ArticleLayout(HeaderDate? Date, string? Source, string? Title, string Body)
{
    /// <summary>How many non-empty lines at the top are searched for the date, title and source.</summary>
    internal const int MaxHeaderLines = 8;

    /// <summary>A line with more words than this is body text even without a final full stop.</summary>
    internal const int MaxHeaderWords = 40;

    /// <summary>A line ending in sentence punctuation with at least this many words is body text.</summary>
    internal const int MinSentenceWords = 12;

    /// <summary>
    /// Splits normalised article text into header fields and body. The header is the run of first lines before the
    /// first body-like line (a long line, or a sentence): a date line, a title (the first other short line), a source
    /// or byline line, boilerplate. A date may also start the first body-like line (a date glued onto the first
    /// sentence); later lines are never searched, so a date in the body is never taken as the publication date.
    /// Other short lines there (a standfirst) stay in the body.
    /// </summary>
    /// <param name="text">Normalised article text.</param>
    /// <param name="knownTitle">A title known from elsewhere (HTML metadata): a header line repeating it is dropped,
    /// and no other line is taken as the title.</param>
    public static ArticleLayout Read(string text, string? knownTitle = null)
    {
        var lines = ReadLines(text);
        HeaderDate? date = null;
        string? source = null, title = knownTitle;
        var body = new List<Line>(lines.Count);
        var index = 0;
        for (var seen = 0; index < lines.Count && seen < MaxHeaderLines; index++, seen++)
        {
            var line = lines[index];
            var content = line.Text;
            var parsed = date is null ? HeaderDateParser.Parse(content) : null;
            if (parsed is not null)
            {
                date = parsed;
                content = parsed.Rest;
                if (content.Length > 0 && content.StartsWith("Via ", StringComparison.OrdinalIgnoreCase))
                {
                    var (outlet, glued) = SourceLine.SplitVia(content[4..]);
                    source ??= outlet.Length > 0 ? outlet : null;
                    content = glued;
                }
                if (content.Length == 0)
                    continue;
                // A short remainder is header furniture ("(updated 28 Dec)", "By Jane Doe | Outlet"), not body.
                if (SourceLine.WordCount(content) <= SourceLine.MaxOutletWords && !SourceLine.EndsSentence(content))
                {
                    if (SourceLine.TryParse(content, out var byline))
                        source ??= byline;
                    continue;
                }
                // What follows the date on its line is the first body text.
                body.Add(line with { Text = content });
                source ??= SourceLine.FromDateline(content);
                index++;
                break;
            }

            if (IsBodyLike(content))
            {
                source ??= SourceLine.FromDateline(content);
                break;
            }
            if (knownTitle is not null && SameText(content, knownTitle))
                continue;
            if (SourceLine.TryParse(content, out var named))
                source ??= named;
            // A short Title-Case line is the outlet when it ends like one ("Crossroads News") or follows the title.
            else if (source is null && (SourceLine.IsOutletName(content) || title is not null && body.Count == 0 && SourceLine.IsNameLike(content)))
                source = content;
            else if (title is null && body.Count == 0)
                title = content;
            else
                body.Add(line);
        }

        body.AddRange(lines.Skip(index));
        return new ArticleLayout(date, source, title, JoinParagraphs(body));
    }

    private static bool SameText(string a, string b) =>
        string.Equals(string.Join(' ', a.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', b.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    /// <summary>A long line, or a sentence of some length: the body proper has begun.</summary>
    internal static bool IsBodyLike(string line)
    {
        var words = SourceLine.WordCount(line);
        return words > MaxHeaderWords || (words >= MinSentenceWords && SourceLine.EndsSentence(line));
    }

    /// <summary>A non-empty, non-boilerplate line, trimmed; <see cref="Line.NewParagraph"/> when a blank line precedes it.</summary>
    internal readonly record struct Line(string Text, bool NewParagraph);

    private static List<Line> ReadLines(string text)
    {
        var lines = new List<Line>();
        var blankBefore = true;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var raw = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim();
            if (raw.IsEmpty)
            {
                blankBefore = true;
                continue;
            }
            var line = raw.ToString();
            if (Boilerplate.IsBoilerplate(line))
                continue;
            lines.Add(new Line(line, blankBefore));
            blankBefore = false;
        }
        return lines;
    }

    /// <summary>
    /// Paragraphs are separated by blank lines. In files that put one paragraph per line without blank lines,
    /// a line that ends a sentence also ends its paragraph; other single line breaks are kept inside the paragraph.
    /// </summary>
    private static string JoinParagraphs(List<Line> lines)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
                builder.Append(lines[i].NewParagraph || SourceLine.EndsSentence(lines[i - 1].Text) ? "\n\n" : "\n");
            builder.Append(lines[i].Text);
        }
        return builder.ToString();
    }
}
