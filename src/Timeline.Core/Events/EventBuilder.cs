using Timeline.Core.Articles;
using Timeline.Core.Places;
using Timeline.Core.Text;
using Timeline.Core.Time;

namespace Timeline.Core.Events;

/// <summary>
/// Turns the sentences of an article into events: each sentence's own date expression, else the date inherited from
/// the sentence before when it continues that narrative, else the publication date (marked as such); and its places.
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
        TimeMention? anchor = null;    // the last date a sentence stated, for "the following day", "10 years later"
        TimeMention? narrative = null; // the date of the previous sentence when it was not the publication date
        var placeIndex = 0;

        foreach (var sentence in sentences)
        {
            // Offsets into the body: the tagger sees only the sentence. Most sentences have no date and no place, and
            // share the empty lists below (nothing adds to them later).
            var tagged = tagger.Tag(sentence.Text, article.Published, anchor);
            var mentions = tagged.Count == 0 ? NoDates : new List<TimeMention>(tagged.Count);
            foreach (var m in tagged)
                mentions.Add(m with { Start = m.Start + sentence.Start, End = m.End + sentence.Start });
            dates.AddRange(mentions);

            List<GeocodedMention>? sentencePlaces = null;
            while (placeIndex < places.Count && places[placeIndex].Match.Start < sentence.End)
            {
                var place = places[placeIndex++];
                if (place.Match.Start >= sentence.Start && !place.IsDemonym)
                    (sentencePlaces ??= []).Add(place);
            }

            if (!StatesSomething(sentence.Text))
                continue;
            IReadOnlyList<GeocodedMention> eventPlaces = sentencePlaces ?? NoPlaces;

            var main = MainDate(mentions, article.Published);
            if (main is not null)
            {
                events.Add(Event(sentence, main.Interval, main.Precision, main.Basis, main.Edtf, main, eventPlaces));
                narrative = main;
                // A planned (future) date must not become the base of later relative phrases.
                if (main.Interval.Start <= article.Published)
                    anchor = main;
            }
            else if (narrative is not null && ContinuesNarrative(sentence.Text))
            {
                // The narrative goes on across sentences and paragraphs until a sentence states a present fact.
                events.Add(Event(sentence, narrative.Interval, narrative.Precision, DateBasis.Inherited, narrative.Edtf, narrative, eventPlaces));
            }
            else
            {
                events.Add(Event(sentence, DateInterval.Day(article.Published), DatePrecision.Day, DateBasis.Publication,
                    article.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, eventPlaces));
                narrative = null;
            }
        }

        return new EventBuildResult(events, dates);
    }

    private static readonly List<TimeMention> NoDates = [];

    private static readonly IReadOnlyList<GeocodedMention> NoPlaces = [];

    /// <summary>
    /// Every sentence of a news body that has a clause is an event candidate: headings and fragments of a few words are not.
    /// </summary>
    internal static bool StatesSomething(string sentence)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in sentence)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
                words++;
            inWord = letter;
        }
        return words >= MinimumWords;
    }

    /// <summary>Fewer words than this make a heading or a fragment, not a statement.</summary>
    public const int MinimumWords = 5;

    private static ExtractedEvent Event(Sentence sentence, DateInterval interval, DatePrecision precision, DateBasis basis,
        string edtf, TimeMention? mention, IReadOnlyList<GeocodedMention> places) =>
        new(sentence.Start, sentence.End, sentence.Text, sentence.Paragraph, interval, precision, basis, edtf, mention, places);

    /// <summary>
    /// The date of the sentence's main happening. A sentence often names a background date too ("sentenced on Wednesday
    /// for bombings in 2007", "recaptured in 2020, said on Thursday"); news puts the reported happening at the finest
    /// precision, so the most precise date expression wins, then the earliest in the sentence. Weeks count as months
    /// and seasons as years: "the weekend's convoy" or "the summer heat" colour a sentence more often than they date it.
    /// A period that runs up to the publication date ("in recent months") describes an ongoing state, not a happening.
    /// </summary>
    internal static TimeMention? MainDate(IReadOnlyList<TimeMention> mentions, DateOnly published)
    {
        TimeMention? best = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind != TimeMentionKind.Date)
                continue;
            if (mention.Precision == DatePrecision.Range && mention.Interval.End >= published && mention.Interval.Start < published)
                continue;
            if (best is null || Rank(mention.Precision) < Rank(best.Precision))
                best = mention;
        }
        return best;
    }

    private static int Rank(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => 0,
        DatePrecision.Week or DatePrecision.Month => 1,
        DatePrecision.Season or DatePrecision.Year => 2,
        DatePrecision.Range => 3,
        _ => 4,
    };

    /// <summary>
    /// Whether an undated sentence continues the dated narrative before it rather than stating a present fact:
    /// present-tense statements ("are imprisoned", "remains") take the publication date instead.
    /// </summary>
    internal static bool ContinuesNarrative(string sentence) =>
        !Quotation.IsMostlyQuoted(sentence) && NarrativeTense.IsPast(sentence);
}
