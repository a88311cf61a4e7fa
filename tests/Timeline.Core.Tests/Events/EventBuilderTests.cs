using Timeline.Core.Articles;
using Timeline.Core.Events;
using Timeline.Core.Text;
using Timeline.Core.Time;

namespace Timeline.Core.Tests.Events;

public sealed class EventBuilderTests
{
    private static readonly EventBuilder Builder = new(new TemporalTagger());

    /// <summary>Builds the events of a body (paragraphs separated by blank lines) published on <paramref name="published"/>.</summary>
    private static IReadOnlyList<ExtractedEvent> Events(string body, string published)
    {
        var article = new Article(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), null, null, null, body, []);
        return Builder.Build(article, new SentenceSplitter().Split(body), []).Events;
    }

    /// <summary>The event whose sentence contains <paramref name="fragment"/>: its EDTF date and basis.</summary>
    private static (string Date, string Basis) Dated(string body, string published, string fragment)
    {
        var e = Assert.Single(Events(body, published), e => e.Sentence.Contains(fragment, StringComparison.Ordinal));
        return (e.Edtf, e.Basis.ToString().ToLowerInvariant());
    }

    [Theory]
    // own date expressions
    [InlineData("Militants attacked a checkpoint on Monday.", "2025-02-25", "attacked", "2025-02-24", "relative")]
    [InlineData("In 2014, the group overran the town.", "2025-02-25", "overran", "2014", "explicit")]
    [InlineData("The parliament passed the law last month.", "2025-02-25", "passed", "2025-01", "relative")]
    // the finest date is the happening, the coarser one background
    [InlineData("A court on Wednesday sentenced three men for bombings carried out in 2007.", "2024-12-20", "sentenced", "2024-12-18", "relative")]
    [InlineData("Residents of the town, which troops recaptured in 2020, said on Thursday that shelling resumed.", "2024-01-12", "Residents", "2024-01-11", "relative")]
    [InlineData("Last month, the court convicted 11 men over attacks carried out between 2004 and 2018.", "2024-12-20", "convicted", "2024-11", "relative")]
    // durations and open periods do not date a happening
    [InlineData("Speaking at the camp on Sunday, the director said 14 years of war had emptied the villages.", "2025-03-03", "director", "2025-03-02", "relative")]
    [InlineData("In recent months, the government has been repatriating its citizens from the camps.", "2025-02-25", "repatriating", "2025-02-25", "publication")]
    // inheritance: a past-tense sentence continues the narrative, across paragraphs
    [InlineData("In 2014, fighters overran the district.\n\nThousands of families fled to the mountain.", "2025-02-25", "Thousands", "2014", "inherited")]
    [InlineData("Air defences shot down a drone on Tuesday.\n\nOfficials said the aircraft was loaded with explosives.", "2025-06-18", "Officials", "2025-06-17", "inherited")]
    // a present state or a quotation breaks the narrative: publication date
    [InlineData("The court ruled on Monday.\n\nAbout 10,000 fighters are imprisoned in makeshift prison camps.", "2025-02-25", "imprisoned", "2025-02-25", "publication")]
    [InlineData("The court ruled on Monday. He added that \"the region is interconnected and the threat remains very real.\"", "2025-02-25", "He added", "2025-02-25", "publication")]
    [InlineData("The court ruled on Monday. The camp, which is guarded by US-backed forces, holds thousands of families.", "2025-02-25", "The camp", "2025-02-25", "publication")]
    // a relative clause in the present does not make the main clause a present state
    [InlineData("A convoy left the camp on Saturday.\n\nIraqi forces escorted the convoy to the centre, where returnees go through months of vetting.", "2025-03-03", "escorted", "2025-03-01", "inherited")]
    [InlineData("Gunmen ambushed shepherds on Friday.\n\nThe attack took place near the road, an area where cells have hidden for years.", "2023-11-19", "took place", "2023-11-17", "inherited")]
    // names ending in -ed are no past verbs
    [InlineData("Gunmen ambushed shepherds on Friday.\n\nAbout 200,000 people still live in camps, according to the United Nations.", "2023-11-19", "still live", "2023-11-19", "publication")]
    // a date inside a since-clause marks where a state began
    [InlineData("The army has run the country from the port since the RSF seized most of the capital in 2023.", "2024-06-15", "run the country", "2024-06-15", "publication")]
    [InlineData("The government has courted the tribes since the fall of Bashar al-Assad in December.", "2025-02-10", "courted", "2025-02-10", "publication")]
    // a season dates an event to its year
    [InlineData("In the summer of 2023, clashes in the town killed 90 people.", "2025-02-10", "clashes", "2023", "explicit")]
    [InlineData("On Aug. 3, 2014, fighters overran the town.\n\nThousands were trapped on the mountain in the summer heat.", "2024-08-03", "trapped", "2014-08-03", "inherited")]
    // a statement is not history: it does not inherit a date long before publication
    [InlineData("In 2014, the group seized the city.\n\nThe prime minister told state television that the country would not be a launchpad.", "2025-01-20", "told", "2025-01-20", "publication")]
    [InlineData("Air defences shot down a drone on Tuesday.\n\nOfficials said the aircraft was loaded with explosives.", "2025-06-18", "Officials said", "2025-06-17", "inherited")]
    public void Build_Sentence_DatedAsNewsReadersDo(string body, string published, string fragment, string date, string basis)
    {
        Assert.Equal((date, basis), Dated(body, published, fragment));
    }

    [Fact]
    public void Build_NarrativeAfterPublicationDatedSentence_IsNotInherited()
    {
        var body = "In 2014, fighters overran the district. The camp holds 40,000 people today. Several families were moved last week to a new site. Guards escorted them to the new site.";

        var events = Events(body, "2025-02-25");

        Assert.Equal(["2014", "2025-02-25", "2025-02", "2025-02"], events.Select(e => e.Edtf));
        Assert.Equal(DateBasis.Inherited, events[^1].Basis);
    }

    [Theory]
    [InlineData("Post a Comment")]
    [InlineData("No comments:")]
    [InlineData("Read more.")]
    public void Build_FragmentsOfFewWords_AreNoEvents(string text)
    {
        Assert.Empty(Events(text, "2025-02-25"));
    }

    [Fact]
    public void Build_EventWithOwnDate_CarriesThePhraseAndItsOffsetsInTheBody()
    {
        const string body = "Intro sentence with nothing dated in it at all.\n\nMilitants attacked a checkpoint on Monday near the border.";

        var e = Events(body, "2025-02-25").Single(e => e.Basis == DateBasis.Relative);

        Assert.NotNull(e.DateMention);
        Assert.Equal(e.DateMention!.Text, body[e.DateMention.Start..e.DateMention.End]);
        Assert.Contains("Monday", e.DateMention.Text, StringComparison.Ordinal);
        Assert.Equal(e.Sentence, body[e.SentenceStart..e.SentenceEnd]);
    }

    [Theory]
    // the dateline's date is the filing date; the happening is the sentence's own date
    [InlineData("ADEN, Yemen, March 6 (Reuters) - A missile struck a bulk carrier late on Tuesday, killing three crew.", "2024-03-06", "2024-03-05")]
    [InlineData("BEIRUT, Dec 14 (Reuters) - Turkish drones killed five fighters on Saturday, the group said.", "2024-12-14", "2024-12-14")]
    [InlineData("KYIV, Ukraine — Missiles struck energy facilities last Wednesday, the governor said.", "2025-01-14", "2025-01-08")]
    public void Build_DatelineDate_DoesNotDateTheEvent(string body, string published, string date) =>
        Assert.Equal(date, Assert.Single(Events(body, published)).Edtf);

    [Theory]
    // "after the attack" counts from the attack the text told of, not from the last date stated
    [InlineData("A car bomb exploded in the market on Sunday night.\n\nOn October 20, a motorcycle packed with explosives blew up outside a bakery.\n\nTwo days later, police said they had arrested three suspects.\n\nA week after the attack, authorities closed the crossing for two days.",
        "2024-11-04", "A week after", "2024-10-27")]
    // a name qualifies the event: "the Mellit attack" is the sentence that names Mellit
    [InlineData("On Wednesday, fighters stormed the town of Mellit.\n\nThe previous day, they had shelled a camp.\n\nA day after the Mellit attack, the council adopted a resolution.",
        "2024-06-15", "A day after", "2024-06-13")]
    // nothing told of such an event: the last date stated
    [InlineData("The talks in the capital ended on Monday.\n\nTwo days after the storm, roads reopened.", "2025-02-25", "Two days after", "2025-02-26")]
    public void Build_AfterANamedEvent_CountsFromThatEvent(string body, string published, string fragment, string date) =>
        Assert.Equal(date, Dated(body, published, fragment).Date);

    [Theory]
    // a day without a year in the weeks after a written day of an earlier year takes that year
    [InlineData("On Aug. 3, 2014, fighters overran the town.\n\nAirstrikes began on Aug. 8.", "2024-08-03", "Airstrikes", "2014-08-08")]
    // but not after a background year or month, nor months later
    [InlineData("A crossing was installed in mid-2019.\n\nWork began on Aug. 7.", "2024-10-03", "Work", "2024-08-07")]
    [InlineData("In 2014, the group seized the city.\n\nThe government said in January that it would close the camps.", "2025-05-14", "January", "2025-01")]
    [InlineData("On Jan. 3, 2014, fighters overran the town.\n\nTroops returned on Aug. 8.", "2024-08-03", "Troops", "2023-08-08")]
    public void Build_DayWithoutYear_InANarrativeOfAWrittenYear(string body, string published, string fragment, string date) =>
        Assert.Equal(date, Dated(body, published, fragment).Date);

    [Theory]
    // an undated sentence that tells of the happening of a recent since-clause goes back to that clause's date
    [InlineData("Cars crossed the Old Bridge on Tuesday for the first time since it was bombed in 2017.\n\nA short ceremony on the bridge on Tuesday morning was attended by residents.\n\nThe bridge was destroyed during the battle for the city.",
        "2024-10-03", "destroyed", "2017")]
    // not when the last dated sentence tells of that kind of happening itself
    [InlineData("A car bomb exploded near the market on Sunday night, the first attack since the town was shelled in 2019.\n\nThe blast destroyed three parked cars.",
        "2024-11-04", "three parked cars", "2024-11-03")]
    // nor when the sentence tells of another kind of happening
    [InlineData("Cars crossed the Old Bridge on Tuesday for the first time since it was bombed in 2017.\n\nEngineers repaired the span over the river.",
        "2024-10-03", "Engineers", "2024-10-01")]
    public void Build_BackgroundHappening_InheritsTheSinceClauseDate(string body, string published, string fragment, string date) =>
        Assert.Equal((date, "inherited"), Dated(body, published, fragment));

    [Theory]
    // a day named as an event ("the Oct. 7 attack") is the one the article writes with its year, a month or a day
    [InlineData("Hamas's attack on Israel in October 2023 shook the region.\n\nThe Oct. 7 attack also prompted militias to fire rockets.", "2025-01-20", "prompted", "2023-10-07")]
    [InlineData("Militants killed 1,200 people on Oct. 7, 2023.\n\nThe October 7 attacks changed the army's doctrine.", "2025-03-15", "doctrine", "2023-10-07")]
    [InlineData("The March 15 protests spread to the capital.\n\nIn March 2011, crowds gathered in the south.", "2025-01-20", "spread", "2011-03-15")]
    // a day every reader knows by its date ("the Oct. 7 attacks", "the Sept. 11 attacks") when the article writes no year;
    // other named days and other nouns keep the most recent past day
    [InlineData("The Oct. 7 attacks brought the war back to the town.", "2025-03-15", "brought", "2023-10-07")]
    [InlineData("The war began after the Oct. 7 attacks, in which gunmen killed about 1,200 people.", "2025-10-09", "gunmen", "2023-10-07")]
    [InlineData("Security tightened after the Sept. 11 attacks on New York.", "2025-03-15", "tightened", "2001-09-11")]
    [InlineData("The March 15 protests brought the war back to the town.", "2025-03-15", "brought", "2025-03-15")]
    [InlineData("The Oct. 7 protests brought crowds to the square.", "2025-03-15", "crowds", "2024-10-07")]
    // a day that is no name keeps its reading
    [InlineData("Hamas's attack on Israel in October 2023 shook the region.\n\nOn Oct. 7, mourners gathered at the site.", "2025-01-20", "mourners", "2024-10-07")]
    public void Build_NamedEventDay_TakesTheArticlesWrittenYear(string body, string published, string fragment, string date) =>
        Assert.Equal(date, Dated(body, published, fragment).Date);

    [Theory]
    // a date inside ", who/which … ," describes a person or thing: the main clause's date wins even when coarser
    [InlineData("Donald Trump, who takes office on Monday, withdrew most forces from the border in October 2019.", "2025-01-20", "withdrew", "2019-10")]
    [InlineData("The town, which troops recaptured on 3 March, was shelled again in 2024.", "2025-01-20", "shelled", "2024")]
    // with no other date the clause's date still dates the sentence
    [InlineData("The commander, who arrived on Monday, inspected the lines.", "2025-01-20", "inspected", "2025-01-20")]
    public void Build_DateInRelativeClause_DoesNotDateTheMainClause(string body, string published, string fragment, string date) =>
        Assert.Equal(date, Dated(body, published, fragment).Date);

    [Theory]
    // a range is a day, a month or a year: a week or less is the month of its middle, a longer one its month or year
    [InlineData("Between 1 and 7 January, health partners recorded 48 deaths.", "2025-01-16", "recorded", "2025-01")]
    [InlineData("In the past week, partners delivered food to 12,000 families.", "2025-01-16", "delivered", "2025-01")]
    [InlineData("From 3 to 25 March, the crossing was closed to trucks.", "2025-04-16", "closed", "2025-03")]
    [InlineData("From March to June 2024, the crossing was closed to trucks.", "2025-04-16", "closed", "2024")]
    [InlineData("Between 2004 and 2018, the group carried out attacks in the province.", "2025-04-16", "carried", "2004/2018")]
    public void Build_RangeDate_IsComparedAsDayMonthOrYear(string body, string published, string fragment, string date) =>
        Assert.Equal(date, Dated(body, published, fragment).Date);

    [Fact]
    public void Build_LiveBlogEntry_DoesNotInheritTheEntryBefore()
    {
        const string body = "12:30 GMT — The envoy left Beirut on Wednesday after two days of talks.\n\n"
            + "10:42 GMT — Warplanes struck the outskirts of Tyre, the state news agency reported.";
        Assert.Equal(("2024-11-24", "publication"), Dated(body, "2024-11-24", "Warplanes"));
        // without the time stamp the same sentence continues the narrative
        Assert.Equal(("2024-11-20", "inherited"), Dated(body.Replace("10:42 GMT — ", ""), "2024-11-24", "Warplanes"));
    }

    [Theory]
    [InlineData("10:42 GMT — Warplanes struck.", true)]
    [InlineData("9.15am - Sirens sounded.", true)]
    [InlineData("14:02 (UTC+2) – Rescue crews arrived.", true)]
    [InlineData("10,000 — people fled.", false)]
    [InlineData("2024 — a year of war.", false)]
    public void LiveBlogEntry_TimeStamp_IsRecognised(string sentence, bool expected) =>
        Assert.Equal(expected, LiveBlogEntry.StartsWithTimeStamp(sentence));
}
