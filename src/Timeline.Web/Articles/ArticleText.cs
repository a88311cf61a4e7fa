using Timeline.Data.Entities;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Articles;

/// <summary>One paragraph of an article body, cut into plain runs and highlighted date expressions and places.</summary>
public sealed record ArticleParagraph(IReadOnlyList<TextSegment<SpanView>> Segments);

/// <summary>
/// The article view's text: the body in paragraphs with every stored evidence span (date expressions and place
/// mentions) as a segment cut from its offsets, and the words that explain each span. Text is never markup.
/// </summary>
public static class ArticleText
{
    /// <summary>
    /// The body's paragraphs (separated by blank lines, as <c>Article.Body</c> stores them) with their spans. A span
    /// that crosses a paragraph break is cut at it; overlapping spans keep the earlier (at the same start, the longer).
    /// </summary>
    public static IReadOnlyList<ArticleParagraph> Paragraphs(string body, IReadOnlyList<SpanView> spans)
    {
        var paragraphs = new List<ArticleParagraph>();
        var start = 0;
        while (start < body.Length)
        {
            while (start < body.Length && body[start] == '\n')
                start++;
            var next = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = next < 0 ? body.Length : next;
            if (end > start)
            {
                var from = start;
                var inside = spans.Where(s => s.End > from && s.Start < end);
                paragraphs.Add(new ArticleParagraph(TextSegments.Cut(body[from..end], inside, s => s.Start - from, s => s.End - from)));
            }
            start = end;
        }
        return paragraphs;
    }

    /// <summary>
    /// How a span was resolved, for its tooltip. Date: phrase, EDTF value, precision, kind, basis and rule
    /// ("'last month': 2025-01 (EDTF), month precision; relative, rule last-month"). Place: phrase, name, kind,
    /// confidence and the geocoder's reason, and the place id.
    /// </summary>
    public static string Explain(SpanView span)
    {
        if (span.Kind == SpanKind.Place)
            return $"Place '{span.Text}': {span.Detail}; id {span.Value}";
        // The importer writes date details as "kind, basis, rule" (ArticleRecords).
        var parts = span.Detail.Split(", ", 3);
        var how = parts.Length == 3
            ? (parts[0] == "date" ? "" : $"a {parts[0]}, not an event date; ") + $"{parts[1]}, rule {parts[2]}"
            : span.Detail;
        return $"Date '{span.Text}': {span.Value} (EDTF), {Precision(span.Value)}; {how}";
    }

    /// <summary>The precision an EDTF value is written at (see <c>EdtfFormatter</c>): day, month, season, year, decade, range, duration.</summary>
    public static string Precision(string edtf) => edtf switch
    {
        _ when edtf.StartsWith('P') => "a duration",
        _ when edtf.Contains('/', StringComparison.Ordinal) => "a range",
        _ when edtf.EndsWith('X') => "decade precision",
        { Length: 4 } => "year precision",
        { Length: 7 } when int.TryParse(edtf.AsSpan(5), out var unit) && unit > 12 => "season precision",
        { Length: 7 } => "month precision",
        { Length: 10 } => "day precision",
        _ => "precision unknown",
    };
}
