using Timeline.Core.Time;

namespace Timeline.Core.Tests.Time;

/// <summary>Anchored phrases, durations, boundaries and the things that are not dates, one line per case.</summary>
public class TemporalTaggerKindTests
{
    private static readonly TemporalTagger Tagger = new();

    private static TimeMention Anchor(string edtfDay) =>
        Tagger.Tag("It happened on " + edtfDay + ".", TemporalTaggerTests.Day("2025-06-30")).Single();

    private static void AssertAnchored(string sentence, string reference, string anchorDate, string edtf, string precision)
    {
        var anchorMention = Tagger.Tag("It happened in " + anchorDate + ".", TemporalTaggerTests.Day(reference)).First();
        var date = Tagger.Tag(sentence, TemporalTaggerTests.Day(reference), anchorMention).First(m => m.Kind == TimeMentionKind.Date);
        Assert.Equal(edtf, date.Edtf);
        Assert.Equal(precision, date.Precision.ToString());
        Assert.Equal(DateBasis.Relative, date.Basis);
    }

    private static void AssertKind(string sentence, string reference, string kind, string edtf)
    {
        var mentions = Tagger.Tag(sentence, TemporalTaggerTests.Day(reference));
        var mention = mentions.FirstOrDefault(m => m.Kind.ToString() == kind);
        Assert.True(mention is not null, $"no {kind} in \"{sentence}\"; got [{string.Join("; ", mentions)}]");
        Assert.Equal(edtf, mention.Edtf);
        Assert.DoesNotContain(mentions, m => m.Kind == TimeMentionKind.Date && m.Start <= mention.Start && m.End >= mention.End);
    }

    private static void AssertNoDate(string sentence, string reference)
    {
        var dates = Tagger.Tag(sentence, TemporalTaggerTests.Day(reference)).Where(m => m.Kind == TimeMentionKind.Date).ToList();
        Assert.True(dates.Count == 0, $"unexpected date in \"{sentence}\": {string.Join("; ", dates)}");
    }

    [Theory]
    [InlineData("The following day, the SDF sent reinforcements.", "2024-08-22", "7 August 2024", "2024-08-08", "Day")]
    [InlineData("The next day, the SDF sent reinforcements.", "2024-08-22", "31 December 2023", "2024-01-01", "Day")]
    [InlineData("The following day, the SDF sent reinforcements.", "2024-08-22", "28 February 2024", "2024-02-29", "Day")]
    [InlineData("The following day, the SDF sent reinforcements.", "2024-08-22", "28 February 2023", "2023-03-01", "Day")]
    [InlineData("The day before, the SDF sent reinforcements.", "2024-08-22", "1 March 2024", "2024-02-29", "Day")]
    [InlineData("Police arrested twelve people the next morning.", "2025-02-10", "4 February 2025", "2025-02-05", "Day")]
    [InlineData("The following night, the SDF sent reinforcements.", "2024-08-22", "31 December 2023", "2024-01-01", "Day")]
    [InlineData("The previous evening, gunmen attacked a checkpoint.", "2024-08-22", "1 March 2024", "2024-02-29", "Day")]
    [InlineData("The same day, the SDF sent reinforcements.", "2024-08-22", "7 August 2024", "2024-08-07", "Day")]
    [InlineData("Two days later, police arrested three suspects.", "2024-11-04", "October 20, 2024", "2024-10-22", "Day")]
    [InlineData("Three days later, police arrested three suspects.", "2024-11-04", "30 December 2024", "2025-01-02", "Day")]
    [InlineData("A week after the attack, authorities closed the crossing.", "2024-11-04", "October 20, 2024", "2024-10-27", "Day")]
    [InlineData("Two weeks after the attack, authorities closed the crossing.", "2024-11-04", "October 20, 2024", "2024-11-03", "Day")]
    [InlineData("A day after the Mellit attack, the council met.", "2024-06-15", "12 June 2024", "2024-06-13", "Day")]
    [InlineData("Two days earlier, police arrested three suspects.", "2024-11-04", "October 20, 2024", "2024-10-18", "Day")]
    [InlineData("10 years later, the town was rebuilt.", "2025-05-14", "2014", "2024", "Year")]
    [InlineData("Ten years later, the town was rebuilt.", "2025-05-14", "2014", "2024", "Year")]
    [InlineData("A year later, the town was rebuilt.", "2025-05-14", "2014", "2015", "Year")]
    [InlineData("Two months later, the town was rebuilt.", "2025-05-14", "August 2014", "2014-10", "Month")]
    [InlineData("Two months later, the town was rebuilt.", "2025-05-14", "November 2014", "2015-01", "Month")]
    [InlineData("Two days later, the town was rebuilt.", "2025-05-14", "August 2014", "2014-08", "Month")]
    [InlineData("The following year, the town was rebuilt.", "2025-05-14", "2014", "2015", "Year")]
    [InlineData("The following month, the town was rebuilt.", "2025-05-14", "December 2014", "2015-01", "Month")]
    [InlineData("Two Mondays later, the town was rebuilt.", "2024-11-04", "7 August 2024", "2024-08-19", "Day")]
    public void Tag_AnchorRelativePhrase_CountsFromAnchor(string sentence, string reference, string anchor, string edtf, string precision) =>
        AssertAnchored(sentence, reference, anchor, edtf, precision);

    [Fact]
    public void Tag_AnchorRelativePhraseWithoutAnchor_CountsFromPublication()
    {
        var date = Tagger.Tag("Two days later, police arrested three suspects.", TemporalTaggerTests.Day("2024-11-04")).Single();
        Assert.Equal("2024-11-06", date.Edtf);
    }

    [Fact]
    public void Tag_AnchorHelper_BuildsDayAnchor() => Assert.Equal("2024-08-07", Anchor("7 August 2024").Edtf);

    [Theory]
    [InlineData("She said that 14 years of war had emptied the camp.", "2025-03-03", "Duration", "P14Y")]
    [InlineData("They have lived there for 17 years.", "2024-12-20", "Duration", "P17Y")]
    [InlineData("He spent 17 years in prison.", "2024-12-20", "Duration", "P17Y")]
    [InlineData("The administration declared three days of mourning.", "2024-11-04", "Duration", "P3D")]
    [InlineData("The siege lasted two months.", "2024-11-04", "Duration", "P2M")]
    [InlineData("The families lived in Arbil for more than a decade.", "2025-04-17", "Duration", "P10Y")]
    [InlineData("The talks lasted for a week.", "2025-04-17", "Duration", "P1W")]
    [InlineData("The war has lasted 5 years.", "2025-04-17", "Duration", "P5Y")]
    [InlineData("It was the second bombing in the province in two weeks.", "2025-04-17", "Duration", "P2W")]
    [InlineData("The area has been contested since 2011.", "2025-09-15", "Boundary", "2011/..")]
    [InlineData("The area has been contested since 2017.", "2024-08-22", "Boundary", "2017/..")]
    [InlineData("The area has been contested since March 2011.", "2025-09-15", "Boundary", "2011-03/..")]
    [InlineData("The area has been contested since 15 March 2011.", "2025-09-15", "Boundary", "2011-03-15/..")]
    [InlineData("The area has been contested since January.", "2025-09-15", "Boundary", "2025-01/..")]
    [InlineData("Most families lived in the town before 2014.", "2025-05-14", "Boundary", "../2014")]
    [InlineData("The checkpoint stayed open until 2018.", "2025-05-14", "Boundary", "../2018")]
    [InlineData("The checkpoint stayed open until March 2018.", "2025-05-14", "Boundary", "../2018-03")]
    [InlineData("The regime held the area prior to 2012.", "2025-05-14", "Boundary", "../2012")]
    [InlineData("The town has been quiet after 2019.", "2025-05-14", "Boundary", "2019/..")]
    [InlineData("Cells have hidden there since losing their last territory in 2019.", "2023-11-19", "Boundary", "2019/..")]
    [InlineData("The road has been closed since the fall of the town in March 2017.", "2024-08-22", "Boundary", "2017-03/..")]
    public void Tag_NonEventPhrase_HasItsKind(string sentence, string reference, string kind, string edtf) =>
        AssertKind(sentence, reference, kind, edtf);

    [Theory]
    [InlineData("The coalition estimated that between 2,500 and 3,000 fighters remain.", "2023-11-19")]
    [InlineData("More than 10,000 people fled.", "2023-11-19")]
    [InlineData("The blast struck shortly after 9 p.m. as shops were closing.", "2024-11-04")]
    [InlineData("The blast struck at 14:05 GMT.", "2024-11-04")]
    [InlineData("The blast struck at 9pm.", "2024-11-04")]
    [InlineData("The blast struck at 10 am.", "2024-11-04")]
    [InlineData("Officials may reopen the crossing.", "2025-06-18")]
    [InlineData("May God have mercy on them, she said.", "2025-06-18")]
    [InlineData("Theresa May visited the base.", "2025-06-18")]
    [InlineData("Protesters march through the city.", "2025-06-18")]
    [InlineData("The convoy carried 187 families.", "2025-06-18")]
    [InlineData("The vote passed 2015 to 11.", "2025-06-18")]
    [InlineData("About 2000 soldiers were deployed.", "2025-06-18")]
    [InlineData("The company's 2000 employees went home.", "2025-06-18")]
    [InlineData("The 2,000 soldiers were deployed.", "2025-06-18")]
    [InlineData("Prices rose by 2.5 percent.", "2025-06-18")]
    [InlineData("Prices rose by 12%.", "2025-06-18")]
    [InlineData("The score was 3-1.", "2025-06-18")]
    [InlineData("Half the fighters, 1/2 of them, left.", "2025-06-18")]
    [InlineData("He was the first to arrive.", "2025-06-18")]
    [InlineData("They met for the second time.", "2025-06-18")]
    [InlineData("The bomb killed 12 people.", "2025-06-18")]
    [InlineData("A spokesman said the group was weakened.", "2025-06-18")]
    [InlineData("Sun and wind damaged the tents.", "2025-06-18")]
    [InlineData("The Sat phone network was down.", "2025-06-18")]
    [InlineData("Forces moved into Jan's house.", "2025-06-18")]
    [InlineData("The aid chief said Jan Egeland would visit.", "2025-06-18")]
    [InlineData("The Conservative leader, Theresa May, resigned.", "2025-06-18")]
    [InlineData("Reporters told May that the vote failed.", "2025-06-18")]
    [InlineData("The 21st century has been hard on the region.", "2025-06-18")]
    [InlineData("It was the worst drought of the 21st century.", "2025-06-18")]
    [InlineData("Guards patrolled on Saturday, the first joint patrol in years.", "2025-06-18")]
    [InlineData("They were trapped for days in the summer heat.", "2025-06-18")]
    [InlineData("The army prepared its winter offensive.", "2025-06-18")]
    [InlineData("The council adopted Resolution 2736 on the siege.", "2025-06-18")]
    [InlineData("Traffic on Route 4 was halted.", "2025-06-18")]
    [InlineData("More than 2,000 fighters were killed.", "2025-06-18")]
    [InlineData("Volunteers sold Christmas decorations in the square.", "2025-06-18")]
    [InlineData("They decorated a christmas tree on the square.", "2025-06-18")]
    [InlineData("", "2025-06-18")]
    [InlineData("   ", "2025-06-18")]
    [InlineData("...", "2025-06-18")]
    public void Tag_NumbersNamesAndTimes_AreNotDates(string sentence, string reference)
    {
        if (sentence.Contains("Saturday", StringComparison.Ordinal))
            Assert.All(Tagger.Tag(sentence, TemporalTaggerTests.Day(reference)), m => Assert.Equal("Saturday", m.Text));
        else
            AssertNoDate(sentence, reference);
    }

    [Theory]
    [InlineData("In May, the ministry said militants were killed.", "2025-06-18", "2025-05")]
    [InlineData("The talks began in May 2019.", "2025-06-18", "2019-05")]
    [InlineData("The talks began on May 5.", "2025-06-18", "2025-05-05")]
    [InlineData("The talks began on 5 May.", "2025-06-18", "2025-05-05")]
    [InlineData("Talks began in March.", "2025-06-18", "2025-03")]
    [InlineData("Talks began on 4 march.", "2025-06-18", "2025-03-04")]
    public void Tag_AmbiguousMonthName_IsMonthInDateContext(string sentence, string reference, string edtf)
    {
        var date = Tagger.Tag(sentence, TemporalTaggerTests.Day(reference)).Single(m => m.Kind == TimeMentionKind.Date);
        Assert.Equal(edtf, date.Edtf);
    }

    [Theory]
    [InlineData("Forces sentenced three men on Wednesday for bombings in 2007.", "2024-12-20", "2024-12-18", "2007")]
    [InlineData("Cars crossed the bridge on Tuesday, seven years after it was destroyed in 2017.", "2024-10-03", "2024-10-01", "2017")]
    [InlineData("Residents of the town, recaptured in 2020, said on Thursday they were afraid.", "2024-01-12", "2020", "2024-01-11")]
    [InlineData("Last month, the court convicted 11 men for attacks between 2004 and 2018.", "2024-12-20", "2024-11", "2004/2018")]
    [InlineData("On October 20, a bomb exploded; two days later, police made arrests.", "2024-11-04", "2024-10-20", "2024-10-22")]
    [InlineData("The siege began in 2014 and ended three years later.", "2024-11-04", "2014", "2017")]
    public void Tag_TwoDatesInOneSentence_FindsBothInOrder(string sentence, string reference, string first, string second)
    {
        var dates = Tagger.Tag(sentence, TemporalTaggerTests.Day(reference)).Where(m => m.Kind == TimeMentionKind.Date).Select(m => m.Edtf).ToList();
        Assert.Equal([first, second], dates);
    }

    [Theory]
    [InlineData("It happened on Monday.", "on Monday", "Monday", "weekday-past")]
    [InlineData("It happened on 26 December 2024.", "26 December 2024", "26 December 2024", "month-day-year")]
    [InlineData("It happened earlier this month.", "earlier this month", "earlier this month", "earlier-this-month")]
    [InlineData("It has lasted 14 years.", "14 years", "14 years", "duration")]
    public void Tag_Mention_CarriesSpanAndRule(string sentence, string phrase, string text, string rule)
    {
        var mention = Tagger.Tag(sentence, TemporalTaggerTests.Day("2025-02-25")).Single();
        Assert.Equal(text, mention.Text);
        Assert.Equal(sentence.IndexOf(text, StringComparison.Ordinal), mention.Start);
        Assert.Contains(mention.Text, phrase, StringComparison.Ordinal);
        Assert.Equal(rule, mention.Rule);
    }

    [Theory]
    [InlineData("Last week, the council met.", "2025-03-05", "2025-02-24", "2025-03-02")]
    [InlineData("Earlier this week, the council met.", "2024-09-18", "2024-09-16", "2024-09-18")]
    [InlineData("This week, the council met.", "2024-09-18", "2024-09-16", "2024-09-22")]
    [InlineData("Earlier this month, the council met.", "2025-06-18", "2025-06-01", "2025-06-18")]
    [InlineData("Late 2019 saw heavy fighting.", "2025-06-18", "2019-07-01", "2019-12-31")]
    [InlineData("Mid-2019 saw heavy fighting.", "2025-06-18", "2019-05-01", "2019-08-31")]
    [InlineData("Early 2018 saw heavy fighting.", "2025-06-18", "2018-01-01", "2018-06-30")]
    [InlineData("The 1990s saw heavy fighting.", "2025-06-18", "1990-01-01", "1999-12-31")]
    [InlineData("Summer 2019 saw heavy fighting.", "2025-06-18", "2019-06-01", "2019-08-31")]
    [InlineData("Winter 2019 saw heavy fighting.", "2025-06-18", "2019-12-01", "2020-02-29")]
    [InlineData("It happened in the past 3 days.", "2025-06-18", "2025-06-15", "2025-06-18")]
    [InlineData("It happened in Q3 2016.", "2025-06-18", "2016-07-01", "2016-09-30")]
    [InlineData("It happened in H1 2016.", "2025-06-18", "2016-01-01", "2016-06-30")]
    [InlineData("It happened in recent months.", "2025-06-18", "2025-03-01", "2025-06-18")]
    [InlineData("It happened between 2004 and 2018.", "2025-06-18", "2004-01-01", "2018-12-31")]
    public void Tag_Period_HasTrueInterval(string sentence, string reference, string start, string end)
    {
        var date = Tagger.Tag(sentence, TemporalTaggerTests.Day(reference)).First(m => m.Kind == TimeMentionKind.Date);
        Assert.Equal(TemporalTaggerTests.Day(start), date.Interval.Start);
        Assert.Equal(TemporalTaggerTests.Day(end), date.Interval.End);
    }

    [Theory]
    [InlineData("Since the offensive began, the town fell in 2019.", "2019")]
    [InlineData("The town fell in 2019, since when it has been quiet.", "2019")]
    [InlineData("Since then, the town fell on 7 August 2019.", "2019-08-07")]
    public void Tag_DateOutsideSinceClause_StaysADate(string sentence, string edtf)
    {
        var mention = Assert.Single(Tagger.Tag(sentence, TemporalTaggerTests.Day("2023-11-19")));
        Assert.Equal((TimeMentionKind.Date, edtf), (mention.Kind, mention.Edtf));
    }
}
