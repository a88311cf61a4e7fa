using Timeline.Core.Articles;
using Timeline.Core.Places;
using Timeline.Core.Text;
using Timeline.Core.Time;

namespace Timeline.Core.Events;

/// <summary>
/// Turns the sentences of an article into events: each sentence's own date expression, else the date inherited from
/// the paragraph when the sentence continues it, else the publication date (marked as such); and its places.
/// </summary>
public sealed class EventBuilder(TemporalTagger tagger)
{
    /// <summary>
    /// Builds the events of one article. <paramref name="places"/> are the geocoded mentions of the whole body.
    /// Every date expression found (also those that date no event) is returned in <see cref="EventBuildResult.Dates"/>.
    /// </summary>
    public EventBuildResult Build(Article article, IReadOnlyList<Sentence> sentences, IReadOnlyList<GeocodedMention> places)
    {
        var events = new List<ExtractedEvent>();
        var dates = new List<TimeMention>();
        TimeMention? anchor = null;         // the discourse date, for "the following day", "10 years later"
        TimeMention? paragraphDate = null;  // the last dated sentence of the current paragraph, for inheritance
        var paragraph = -1;
        var placeIndex = 0;

        foreach (var sentence in sentences)
        {
            if (sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Paragraph;
                paragraphDate = null;
            }

            var mentions = tagger.Tag(sentence.Text, article.Published, anchor)
                .Select(m => m with { Start = m.Start + sentence.Start, End = m.End + sentence.Start })
                .ToList();
            dates.AddRange(mentions);

            var sentencePlaces = new List<GeocodedMention>();
            while (placeIndex < places.Count && places[placeIndex].Match.Start < sentence.End)
            {
                var place = places[placeIndex++];
                if (place.Match.Start >= sentence.Start && !place.IsDemonym)
                    sentencePlaces.Add(place);
            }

            var main = MainDate(mentions);
            ExtractedEvent? built;
            if (main is not null)
            {
                built = Event(sentence, main.Interval, main.Precision, main.Basis, main.Edtf, main, sentencePlaces);
                paragraphDate = anchor = main;
            }
            else if (paragraphDate is not null && ContinuesNarrative(sentence.Text))
            {
                built = Event(sentence, paragraphDate.Interval, paragraphDate.Precision, DateBasis.Inherited,
                    paragraphDate.Edtf, paragraphDate, sentencePlaces);
            }
            else if (sentencePlaces.Count > 0)
            {
                built = Event(sentence, DateInterval.Day(article.Published), DatePrecision.Day, DateBasis.Publication,
                    article.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, sentencePlaces);
            }
            else
            {
                built = null; // no date and no place: nothing to put on a timeline or a map
            }

            if (built is not null)
                events.Add(built);
        }

        return new EventBuildResult(events, dates);
    }

    private static ExtractedEvent Event(Sentence sentence, DateInterval interval, DatePrecision precision, DateBasis basis,
        string edtf, TimeMention? mention, IReadOnlyList<GeocodedMention> places) =>
        new(sentence.Start, sentence.End, sentence.Text, sentence.Paragraph, interval, precision, basis, edtf, mention, places);

    /// <summary>
    /// The date of the sentence's main happening. A sentence often names a background date too ("sentenced on Wednesday
    /// for bombings in 2007", "recaptured in 2020, said on Thursday"); news puts the reported happening at the finest
    /// precision, so the most precise date expression wins, then the earliest in the sentence.
    /// </summary>
    internal static TimeMention? MainDate(IReadOnlyList<TimeMention> mentions)
    {
        TimeMention? best = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind != TimeMentionKind.Date)
                continue;
            if (best is null || Rank(mention.Precision) < Rank(best.Precision))
                best = mention;
        }
        return best;
    }

    private static int Rank(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => 0,
        DatePrecision.Week => 1,
        DatePrecision.Month => 2,
        DatePrecision.Season => 3,
        DatePrecision.Year => 4,
        DatePrecision.Range => 5,
        _ => 6,
    };

    /// <summary>
    /// Whether an undated sentence continues the dated narrative before it rather than stating a present fact:
    /// present-tense statements ("are imprisoned", "remains") take the publication date instead.
    /// </summary>
    internal static bool ContinuesNarrative(string sentence) =>
        NarrativeTense.IsPast(sentence);
}
