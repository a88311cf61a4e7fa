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
}
