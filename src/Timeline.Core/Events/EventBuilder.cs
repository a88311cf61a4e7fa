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
        var told = new List<(TimeMention Date, string Sentence)>(); // dated past happenings, for "a week after the attack"
        var background = new List<(TimeMention Date, int Kinds, int Sentence)>(); // "since it was bombed in 2017"
        var index = -1;
        var datelineEnd = Dateline.Length(article.Body);
        var placeIndex = 0;

        var paragraph = -1;
        IReadOnlyList<TimeMention>? articleDates = null; // every date of the body, tagged only when a named event needs them
        foreach (var sentence in sentences)
        {
            index++;
            // A live-blog entry ("10:42 GMT — Warplanes struck …") starts a new story: it never continues the last one.
            if (sentence.Paragraph != paragraph && LiveBlogEntry.StartsWithTimeStamp(sentence.Text))
                narrative = null;
            paragraph = sentence.Paragraph;
            // Offsets into the body: the tagger sees only the sentence. Most sentences have no date and no place, and
            // share the empty lists below (nothing adds to them later).
            var tagged = tagger.Tag(sentence.Text, article.Published, ReferencedEvent(sentence.Text, told) ?? anchor);
            var mentions = tagged.Count == 0 ? NoDates : new List<TimeMention>(tagged.Count);
            foreach (var m in tagged)
                mentions.Add(m with { Start = m.Start + sentence.Start, End = m.End + sentence.Start });
            dates.AddRange(mentions);
            foreach (var m in tagged)
            {
                if (m.Kind == TimeMentionKind.Boundary && SinceClause.Opening(sentence.Text, m.Start) is { } since
                    && EventReference.KindsIn(sentence.Text.AsSpan(since, m.End - since)) is var kinds and not 0)
                    background.Add((m with { Kind = TimeMentionKind.Date, Edtf = m.Edtf[..^3], Start = m.Start + sentence.Start, End = m.End + sentence.Start },
                        kinds, index));
            }

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

            var main = MainDate(mentions, article.Published, datelineEnd, sentence);
            if (main is not null)
            {
                var placed = InNarrativeYear(main, narrative, article.Published);
                if (placed is null && NamedEvent.Follows(article.Body, main))
                    placed = NamedEvent.InWrittenYear(main, articleDates ??= tagger.Tag(article.Body, article.Published), article.Published)
                             ?? NamedEvent.InKnownYear(article.Body, main, article.Published);
                if (placed is not null)
                {
                    dates[dates.LastIndexOf(main)] = placed;
                    main = placed;
                }
                events.Add(Event(sentence, main.Interval, main.Precision, main.Basis, main.Edtf, main, eventPlaces));
                narrative = main;
                // A planned (future) date must not become the base of later relative phrases.
                if (main.Interval.Start <= article.Published)
                {
                    anchor = main;
                    told.Add((main, sentence.Text));
                }
            }
            else if (narrative is not null && ContinuesNarrative(sentence.Text, narrative, article.Published))
            {
                // The narrative goes on across sentences and paragraphs until a sentence states a present fact.
                var inherited = Background(sentence.Text, told, background, index) ?? narrative;
                events.Add(Event(sentence, inherited.Interval, inherited.Precision, DateBasis.Inherited, inherited.Edtf, inherited, eventPlaces));
                if (inherited.Interval.Start <= article.Published)
                    told.Add((inherited, sentence.Text));
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

    /// <summary>
    /// An event dated by a season carries the season's year as its value ("in the summer of 2014" → 2014): the forms
    /// an event's date is compared and shown in are day, month and year; the season stays in the mention's evidence.
    /// </summary>
    private static ExtractedEvent Event(Sentence sentence, DateInterval interval, DatePrecision precision, DateBasis basis,
        string edtf, TimeMention? mention, IReadOnlyList<GeocodedMention> places) =>
        new(sentence.Start, sentence.End, sentence.Text, sentence.Paragraph, interval, precision, basis,
            precision switch
            {
                DatePrecision.Season when edtf.Length > 4 => edtf[..4],
                DatePrecision.Range => RangeValue(interval) ?? edtf,
                _ => edtf,
            }, mention, places);

    /// <summary>
    /// The value of an event dated by a range, in the forms events are compared in: a span of a week or less is the
    /// month of its middle day, like "last week" ("in the past week", "between 1 and 7 January" → 2025-01); a longer
    /// span inside one month or one year is that month or year; a span across years keeps its range (null).
    /// </summary>
    internal static string? RangeValue(DateInterval interval)
    {
        var (start, end) = (interval.Start, interval.End);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (end.DayNumber - start.DayNumber <= ShortRangeDays)
            return start.AddDays((end.DayNumber - start.DayNumber) / 2).ToString("yyyy-MM", inv);
        if (start.Year != end.Year)
            return null;
        return start.Month == end.Month ? start.ToString("yyyy-MM", inv) : start.ToString("yyyy", inv);
    }

    /// <summary>Longest range (end minus start, in days) read like a week.</summary>
    private const int ShortRangeDays = 7;

    /// <summary>
    /// The date of the event a sentence counts from ("a week after the attack", "a day after the Mellit attack"): the
    /// latest happening told before that names it, or null to count from the last date stated.
    /// </summary>
    private static TimeMention? ReferencedEvent(string sentence, List<(TimeMention Date, string Sentence)> told)
    {
        if (told.Count == 0 || !EventReference.MayReference(sentence) || EventReference.Find(sentence) is not { } named)
            return null;
        for (var i = told.Count - 1; i >= 0; i--)
        {
            if (EventReference.Tells(told[i].Sentence, named.Name, named.Noun))
                return told[i].Date;
        }
        return null;
    }

    /// <summary>
    /// The background date an undated sentence goes back to: "Cars crossed the bridge on Tuesday for the first time
    /// since it was bombed in 2017. … The bridge was destroyed during the battle …" tells of the bombing, not of
    /// Tuesday. A since-clause of the last <see cref="BackgroundReach"/> sentences that tells of the same kind of
    /// happening as this sentence gives its date, unless the last dated sentence tells of that kind too; else null.
    /// </summary>
    private static TimeMention? Background(string sentence, List<(TimeMention Date, string Sentence)> told,
        List<(TimeMention Date, int Kinds, int Sentence)> background, int index)
    {
        if (background.Count == 0 || background[^1].Sentence < index - BackgroundReach)
            return null;
        var kinds = EventReference.KindsIn(sentence);
        if (kinds == 0 || (told.Count > 0 && (EventReference.KindsIn(told[^1].Sentence) & kinds) != 0))
            return null;
        for (var i = background.Count - 1; i >= 0 && background[i].Sentence >= index - BackgroundReach; i--)
        {
            if ((background[i].Kinds & kinds) != 0)
                return background[i].Date;
        }
        return null;
    }

    /// <summary>How many sentences back a since-clause can give an undated sentence its date.</summary>
    private const int BackgroundReach = 3;

    /// <summary>
    /// A day or month without a year inside a narrative of an earlier, written year takes that year: after "On Aug. 3,
    /// 2014, IS fighters overran Sinjar", "airstrikes began on Aug. 8" is 8 August 2014, not last year's. Only a written
    /// day followed within <see cref="NarrativeYearReachDays"/> days; null when the rule does not apply. Years and
    /// months of background ("in mid-2019", "In 2014") never move a later "on Aug. 7" or "in January".
    /// </summary>
    internal static TimeMention? InNarrativeYear(TimeMention main, TimeMention? narrative, DateOnly published)
    {
        if (narrative is null || narrative.Basis != DateBasis.Explicit || narrative.Precision != DatePrecision.Day
            || main.Precision != DatePrecision.Day || main.Basis != DateBasis.Relative || narrative.Interval.End.Year >= published.Year
            || main.Rule is not ("month-day-past" or "numeric-dm-past"))
            return null;
        var years = narrative.Interval.Start.Year - main.Interval.Start.Year;
        if (main.Interval.Start.AddYears(years) < narrative.Interval.Start)
            years++;
        var day = main.Interval.Start.AddYears(years);
        // Only the weeks that follow the narrative's day: a later paragraph about another year keeps the usual reading.
        if (years >= 0 || day.DayNumber - narrative.Interval.Start.DayNumber > NarrativeYearReachDays)
            return null;
        return main with
        {
            Interval = DateInterval.Day(day),
            Edtf = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Rule = main.Rule + "+narrative-year",
        };
    }

    /// <summary>
    /// The date of the sentence's main happening. A sentence often names a background date too ("sentenced on Wednesday
    /// for bombings in 2007", "recaptured in 2020, said on Thursday"); news puts the reported happening at the finest
    /// precision, so the most precise date expression wins, then the earliest in the sentence. Weeks count as months
    /// and seasons as years: "the weekend's convoy" or "the summer heat" colour a sentence more often than they date it.
    /// A period that runs up to the publication date ("in recent months") describes an ongoing state, not a happening.
    /// Mentions ending before <paramref name="datelineEnd"/> (body offsets) are the dateline's.
    /// </summary>
    internal static TimeMention? MainDate(IReadOnlyList<TimeMention> mentions, DateOnly published, int datelineEnd = 0, Sentence? sentence = null)
    {
        TimeMention? best = null, inClause = null;
        foreach (var mention in mentions)
        {
            // The date of a wire dateline ("BEIRUT, Dec 14 (Reuters) -") is when the story was filed, not a happening.
            if (mention.Kind != TimeMentionKind.Date || mention.End <= datelineEnd)
                continue;
            // A period up to publication ("in recent months") is a state; one of a week or less ("in the past week")
            // is read like "this week".
            if (mention.Precision == DatePrecision.Range && mention.Interval.End >= published && mention.Interval.Start < published
                && mention.Interval.End.DayNumber - mention.Interval.Start.DayNumber > ShortRangeDays)
                continue;
            // "Donald Trump, who takes office on Monday, withdrew … in October 2019": a date inside a relative clause
            // between commas tells of the person or thing, not of the sentence's happening.
            if (sentence is not null && RelativeClause.Encloses(sentence.Text, mention.Start - sentence.Start, mention.End - sentence.Start))
            {
                if (inClause is null || Rank(mention.Precision) < Rank(inClause.Precision))
                    inClause = mention;
                continue;
            }
            if (best is null || Rank(mention.Precision) < Rank(best.Precision))
                best = mention;
        }
        return best ?? inClause;
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
    /// A statement ("Sudani told state television that …") does not continue a narrative of more than a month before
    /// publication: what people say in a story is said now, while the history it recalls is long past.
    /// </summary>
    internal static bool ContinuesNarrative(string sentence, TimeMention narrative, DateOnly published) =>
        !Quotation.IsMostlyQuoted(sentence) && NarrativeTense.IsPast(sentence)
        && (narrative.Interval.End >= published.AddDays(-StatementReachDays) || !NarrativeTense.IsStatement(sentence));

    /// <summary>How far after a written day of an earlier year a day without a year still belongs to that year.</summary>
    private const int NarrativeYearReachDays = 92;

    /// <summary>How far back a reported statement may inherit a narrative date.</summary>
    private const int StatementReachDays = 31;
}
