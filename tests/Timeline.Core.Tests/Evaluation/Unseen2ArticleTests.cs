using Timeline.Core.Evaluation;
using Xunit.Abstractions;

namespace Timeline.Core.Tests.Evaluation;

/// <summary>
/// The second unseen set (Unseen2/): ten articles in the styles the first set lacks, written for this test with gold
/// labelled before the rules they exercise: a long explainer full of history (2011, 2014, 2019, October 2023,
/// December 2024), a live blog with time stamps, an HTML page with navigation and footer, an OCHA flash update
/// ("As of 15 January", "Between 1 and 7 January", numbered lists), an interview transcript, a Windows-1252 blog post
/// with smart quotes, header dates written <c>27/12/2024</c> and <c>2024-12-27T10:00:00Z</c>, Kurdish and Arabic
/// spellings (Qamishlo, Kobane/Ayn al-Arab, Girê Spî, Deir al-Zour, al-Hawl, Shingal, Hawler), south Lebanon and the
/// Litani, and Ukraine's oblasts. Floors are the measured figures, rounded down.
/// </summary>
public class Unseen2ArticleTests(ITestOutputHelper output)
{
    private static readonly Lazy<EvaluationReport> Report = new(() => UnseenArticleTests.Evaluate(Folder));

    [Theory]
    [InlineData("event recall", Unseen2Thresholds.EventRecall)]
    [InlineData("date accuracy", Unseen2Thresholds.DateAccuracy)]
    [InlineData("place precision", Unseen2Thresholds.PlacePrecision)]
    [InlineData("place recall", Unseen2Thresholds.PlaceRecall)]
    public void Eval_Unseen2Articles_MeetFloor(string figure, double floor) =>
        UnseenArticleTests.AssertFloor(Report.Value, figure, floor, output);

    [Fact]
    public void Gold_EveryArticle_HasItsFileAndEvents() => UnseenArticleTests.AssertGold(Folder, minEvents: 90);

    private static string Folder => TestPaths.RepoFile("tests", "Timeline.Core.Tests", "Evaluation", "Unseen2");
}

/// <summary>Floors for the second unseen set (measured 2026-11-23: recall 1.0, dates 0.969, place P 1.0, R 0.967;
/// before this round's rules and gazetteer entries: dates 0.794, P 0.917, R 0.805 with one article unread).</summary>
internal static class Unseen2Thresholds
{
    public const double EventRecall = 1.0;
    public const double DateAccuracy = 0.96;
    public const double PlacePrecision = 0.98;
    public const double PlaceRecall = 0.96;
}
