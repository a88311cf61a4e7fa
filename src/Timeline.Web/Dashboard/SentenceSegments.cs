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
    public static IReadOnlyList<SentenceSegment> Build(string sentence, IEnumerable<EventPlaceView> places) =>
        TextSegments.Cut(sentence, places, p => p.Start, p => p.End)
            .Select(s => new SentenceSegment(s.Text, s.Mark))
            .ToList();
}
