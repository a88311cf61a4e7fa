using Timeline.Core.Articles;

namespace Timeline.Core.Tests.Articles;

public class DatelineTests
{
    [Theory]
    [InlineData("BEIRUT, Dec 14 (Reuters) - Turkish drones struck.", "BEIRUT, Dec 14 (Reuters) - ")]
    [InlineData("ADEN, Yemen, March 6 (Reuters) - A missile struck.", "ADEN, Yemen, March 6 (Reuters) - ")]
    [InlineData("KYIV, Ukraine — Russian missiles struck.", "KYIV, Ukraine — ")]
    [InlineData("DEIR AL-BALAH, Gaza Strip (AP) — Israeli airstrikes hit.", "DEIR AL-BALAH, Gaza Strip (AP) — ")]
    [InlineData("HASAKAH — The station resumed pumping.", "HASAKAH — ")]
    [InlineData("A car bomb - the second this month - exploded.", "")]
    [InlineData("US-led forces struck on Monday.", "")]
    [InlineData("On Monday, Dec 14 - officials said.", "")]
    public void Length_StoryOpening_IsTheDatelineOnly(string text, string dateline) =>
        Assert.Equal(dateline, text[..Dateline.Length(text)]);
}
