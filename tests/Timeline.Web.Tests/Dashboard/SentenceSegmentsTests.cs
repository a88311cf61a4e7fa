using Timeline.Core.Places;
using Timeline.Data.Queries;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Tests.Dashboard;

public class SentenceSegmentsTests
{
    [Theory]
    [InlineData("Families left Al-Hol camp on Monday.", "14-25", "Families left |[Al-Hol camp]| on Monday.")]
    [InlineData("Damascus and Baghdad met.", "0-8 13-20", "[Damascus]| and |[Baghdad]| met.")]
    [InlineData("Nineveh Plains", "0-7 0-14", "[Nineveh Plains]")]
    [InlineData("Sinjar", "3-99", "Sin|[jar]")]
    [InlineData("No places here.", "", "No places here.")]
    public void Build_Mentions_CutsSentenceIntoSegments(string sentence, string spans, string expected)
    {
        var places = spans.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s =>
        {
            var parts = s.Split('-').Select(int.Parse).ToArray();
            return new EventPlaceView("id", "name", PlaceKind.City, null, 0, 0, "m", parts[0], parts[1]);
        });

        var segments = SentenceSegments.Build(sentence, places);

        Assert.Equal(sentence, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(expected, string.Join("|", segments.Select(s => s.Place is null ? s.Text : $"[{s.Text}]")));
    }
}
