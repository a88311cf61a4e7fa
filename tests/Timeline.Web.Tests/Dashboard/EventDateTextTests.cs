using Timeline.Core.Time;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Tests.Dashboard;

public class EventDateTextTests
{
    [Theory]
    [InlineData("2024-12-26", "2024-12-26", DatePrecision.Day, "26 Dec 2024")]
    [InlineData("2024-12-01", "2024-12-31", DatePrecision.Month, "Dec 2024")]
    [InlineData("2014-01-01", "2014-12-31", DatePrecision.Year, "2014")]
    [InlineData("2004-01-01", "2018-12-31", DatePrecision.Range, "2004–2018")]
    [InlineData("2024-11-01", "2025-02-28", DatePrecision.Range, "Nov 2024 – Feb 2025")]
    [InlineData("2024-11-25", "2025-02-25", DatePrecision.Range, "25 Nov 2024 – 25 Feb 2025")]
    [InlineData("2010-01-01", "2019-12-31", DatePrecision.Decade, "2010s")]
    [InlineData("2025-02-24", "2025-03-02", DatePrecision.Week, "week of 24 Feb 2025")]
    public void Label_Precision_ShowsOnlyWhatIsKnown(string start, string end, DatePrecision precision, string expected)
    {
        Assert.Equal(expected, EventDateText.Label(DateOnly.Parse(start), DateOnly.Parse(end), precision));
    }

    [Theory]
    [InlineData(DateBasis.Relative, "on Monday", "'on Monday', relative to publication (25 Feb 2025)")]
    [InlineData(DateBasis.Explicit, "in 2014", "'in 2014', stated in the text")]
    [InlineData(DateBasis.Inherited, "on 26 December", "'on 26 December', from an earlier sentence of the paragraph")]
    [InlineData(DateBasis.Publication, null, "no date in the sentence: publication date")]
    public void BasisNote_Basis_SaysHowDateWasDecided(DateBasis basis, string? phrase, string expected)
    {
        Assert.Equal(expected, EventDateText.BasisNote(basis, phrase, new DateOnly(2025, 2, 25)));
    }
}
