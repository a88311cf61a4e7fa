namespace Timeline.Web.Dashboard;

/// <summary>A run of text: plain (<see cref="Mark"/> null), or a marked mention.</summary>
public sealed record TextSegment<T>(string Text, T? Mark) where T : class;

/// <summary>
/// Cuts a text into plain runs and marked runs from the marks' character offsets, so that pages highlight mentions
/// without ever treating article text as markup. Used for sentences (place mentions) and whole article bodies
/// (date expressions and places).
/// </summary>
public static class TextSegments
{
    /// <summary>
    /// Segments in text order that concatenate to <paramref name="text"/>. Offsets are relative to
    /// <paramref name="text"/>; marks out of range are clamped; a mark overlapping an earlier one is left plain (the
    /// earlier, or at the same start the longer, wins).
    /// </summary>
    public static IReadOnlyList<TextSegment<T>> Cut<T>(string text, IEnumerable<T> marks, Func<T, int> start, Func<T, int> end)
        where T : class
    {
        var segments = new List<TextSegment<T>>();
        var position = 0;
        foreach (var mark in marks.OrderBy(start).ThenByDescending(end))
        {
            var from = Math.Clamp(start(mark), 0, text.Length);
            var to = Math.Clamp(end(mark), from, text.Length);
            if (from < position || to == from)
                continue;
            if (from > position)
                segments.Add(new TextSegment<T>(text[position..from], null));
            segments.Add(new TextSegment<T>(text[from..to], mark));
            position = to;
        }
        if (position < text.Length)
            segments.Add(new TextSegment<T>(text[position..], null));
        return segments;
    }
}
