using Timeline.Core.Time;

namespace Timeline.Core.Tests.Time;

/// <summary>EDTF formatting, tokenizing and tense cues, one line per case.</summary>
public class EdtfAndTokenTests
{
    private static DateOnly D(string iso) => TemporalTaggerTests.Day(iso);

    [Theory]
    [InlineData("2024-12-26", "2024-12-26", DatePrecision.Day, "2024-12-26")]
    [InlineData("2024-12-01", "2024-12-31", DatePrecision.Month, "2024-12")]
    [InlineData("2014-01-01", "2014-12-31", DatePrecision.Year, "2014")]
    [InlineData("1990-01-01", "1999-12-31", DatePrecision.Decade, "199X")]
    [InlineData("2019-06-01", "2019-08-31", DatePrecision.Season, "2019-22")]
    [InlineData("2019-12-01", "2020-02-29", DatePrecision.Season, "2019-24")]
    [InlineData("2024-12-23", "2024-12-29", DatePrecision.Week, "2024-12")]
    [InlineData("2024-09-30", "2024-10-06", DatePrecision.Week, "2024-10")]
    [InlineData("2024-07-29", "2024-08-04", DatePrecision.Week, "2024-08")]
    [InlineData("0247-01-01", "0247-12-31", DatePrecision.Year, "0247")]
    public void Format_Precision_EdtfForm(string start, string end, DatePrecision precision, string expected) =>
        Assert.Equal(expected, EdtfFormatter.Format(new DateInterval(D(start), D(end)), precision, precision, D("2025-02-25")));

    [Theory]
    [InlineData("2004-01-01", "2018-12-31", DatePrecision.Year, DatePrecision.Year, "2004/2018")]
    [InlineData("2024-10-02", "2024-10-22", DatePrecision.Day, DatePrecision.Day, "2024-10-02/2024-10-22")]
    [InlineData("2019-02-01", "2019-03-31", DatePrecision.Day, DatePrecision.Month, "2019-02-01/2019-03")]
    public void Format_Range_EachEndAtItsPrecision(string start, string end, DatePrecision from, DatePrecision to, string expected) =>
        Assert.Equal(expected, EdtfFormatter.Format(new DateInterval(D(start), D(end)), DatePrecision.Range, from, D("2025-02-25"), to));

    [Theory]
    [InlineData(14, "Year", "P14Y")]
    [InlineData(3, "Day", "P3D")]
    [InlineData(2, "Week", "P2W")]
    [InlineData(1, "Decade", "P10Y")]
    [InlineData(6, "Month", "P6M")]
    public void Duration_AmountAndUnit_Iso8601(int amount, string unit, string expected) =>
        Assert.Equal(expected, EdtfFormatter.Duration(amount, Enum.Parse<TimeUnit>(unit)));

    [Theory]
    [InlineData("On 26 December 2024.", 5)]
    [InlineData("between 2,500 and 3,000", 4)]
    [InlineData("the 1990s", 2)]
    [InlineData("the 1970's", 2)]
    [InlineData("December 26th, 2024", 4)]
    [InlineData("9 p.m.", 5)]
    [InlineData("14:05 GMT", 4)]
    [InlineData("mid-2019", 3)]
    [InlineData("2.5", 3)]
    [InlineData("", 0)]
    public void Tokenize_Sentence_TokenCount(string text, int expected) =>
        Assert.Equal(expected, TimeTokenizer.Tokenize(text).Length);

    [Theory]
    [InlineData("2,500", "Grouped")]
    [InlineData("10,000,000", "Grouped")]
    [InlineData("1990s", "Plural")]
    [InlineData("70's", "Plural")]
    [InlineData("12th", "Ordinal")]
    [InlineData("1st", "Ordinal")]
    [InlineData("22nd", "Ordinal")]
    [InlineData("3rd", "Ordinal")]
    public void Tokenize_Number_CarriesFlag(string text, string flag) =>
        Assert.True(TimeTokenizer.Tokenize(text)[0].Is(Enum.Parse<TokenFlags>(flag)));

    [Theory]
    [InlineData("December", "Month", 12)]
    [InlineData("dec", "MonthAbbrev", 12)]
    [InlineData("Sept", "MonthAbbrev", 9)]
    [InlineData("THURSDAY", "Weekday", 4)]
    [InlineData("Tues", "WeekdayAbbrev", 2)]
    [InlineData("autumn", "Season", 3)]
    [InlineData("fall", "Season", 3)]
    [InlineData("weeks", "Unit", 2)]
    [InlineData("seventeen", "NumberWord", 17)]
    [InlineData("twentieth", "OrdinalWord", 20)]
    [InlineData("seventies", "DecadeWord", 70)]
    [InlineData("night", "DayPart", 0)]
    [InlineData("Hasakah", "None", 0)]
    public void Lexicon_Word_Class(string word, string cls, int value)
    {
        var entry = TimeLexicon.Lookup(word);
        Assert.Equal(Enum.Parse<LexClass>(cls), entry.Class);
        Assert.Equal(value, entry.Value);
    }

    [Theory]
    [InlineData("Repairs would begin on Monday.", "Monday", true)]
    [InlineData("The court will rule on Monday.", "Monday", true)]
    [InlineData("They'll return on Monday.", "Monday", true)]
    [InlineData("A second group is due to move in May.", "May", true)]
    [InlineData("The appeal is expected to be heard in January.", "January", true)]
    [InlineData("On Thursday, the council will vote.", "Thursday", true)]
    [InlineData("Officials hope to repair it in March.", "March", true)]
    [InlineData("Shopkeepers said on Wednesday that the bridge would cut the journey.", "Wednesday", false)]
    [InlineData("The minister said on Monday it would reopen.", "Monday", false)]
    [InlineData("Due to the war on Monday, schools closed.", "Monday", false)]
    [InlineData("The convoy left on Saturday.", "Saturday", false)]
    [InlineData("On Monday, officials said the crossing will reopen.", "Monday", false)]
    [InlineData("It would be wrong. On Monday the crossing closed.", "Monday", false)]
    public void IsFuture_Clause_DecidesTense(string sentence, string word, bool expected)
    {
        var tokens = TimeTokenizer.Tokenize(sentence);
        var index = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (sentence.AsSpan(tokens[i].Start, tokens[i].Length).SequenceEqual(word))
                index = i;
        }
        Assert.Equal(expected, TenseCues.IsFuture(tokens, index, index));
    }
}
