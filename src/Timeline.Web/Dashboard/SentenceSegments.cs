using Timeline.Data.Queries;

namespace Timeline.Web.Dashboard;

/// <summary>A run of sentence text: plain, or the mention of a place.</summary>
public sealed record SentenceSegment(string Text, EventPlaceView? Place);

/// <summary>
/// Cuts a sentence into plain runs and place mentions from the mentions' offsets, so that the page highlights places
/// without ever treating article text as markup.
/// </summary>
public static class SentenceSegments
{
    /// <summary>
    /// Segments in text order that concatenate to <paramref name="sentence"/>. Mentions out of range are clamped;
    /// a mention overlapping an earlier one is left plain (the earlier wins).
    /// </summary>
    public static IReadOnlyList<SentenceSegment> Build(string sentence, IEnumerable<EventPlaceView> places)
    {
        var segments = new List<SentenceSegment>();
        var position = 0;
        foreach (var place in places.OrderBy(p => p.Start).ThenByDescending(p => p.End))
        {
            var start = Math.Clamp(place.Start, 0, sentence.Length);
            var end = Math.Clamp(place.End, start, sentence.Length);
            if (start < position || end == start)
                continue;
            if (start > position)
                segments.Add(new SentenceSegment(sentence[position..start], null));
            segments.Add(new SentenceSegment(sentence[start..end], place));
            position = end;
        }
        if (position < sentence.Length)
            segments.Add(new SentenceSegment(sentence[position..], null));
        return segments;
    }
}
