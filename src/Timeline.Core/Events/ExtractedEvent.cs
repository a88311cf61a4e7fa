using Timeline.Core.Places;
using Timeline.Core.Time;

namespace Timeline.Core.Events;

/// <summary>
/// An event: a sentence that states a happening, its date and its places, with the evidence for each.
/// </summary>
/// <param name="SentenceStart">Offset of the sentence in the article body.</param>
/// <param name="SentenceEnd">Exclusive end offset.</param>
/// <param name="Sentence">The sentence text.</param>
/// <param name="Paragraph">Paragraph index in the body.</param>
/// <param name="Interval">The event's date interval.</param>
/// <param name="Precision">Its precision.</param>
/// <param name="Basis">How the date was decided.</param>
/// <param name="Edtf">EDTF-style date value.</param>
/// <param name="DateMention">The date phrase (offsets in the body), or null for publication-date fallback.</param>
/// <param name="Places">Geocoded places with body offsets; demonyms are excluded.</param>
public sealed record ExtractedEvent(
    int SentenceStart,
    int SentenceEnd,
    string Sentence,
    int Paragraph,
    DateInterval Interval,
    DatePrecision Precision,
    DateBasis Basis,
    string Edtf,
    TimeMention? DateMention,
    IReadOnlyList<GeocodedMention> Places);
