using Timeline.Core.Evaluation;
using Timeline.Core.Events;
using Timeline.Core.Places;
using Timeline.Core.Time;

namespace Timeline.Core.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private const string Sentence = "On Monday, fighters attacked a checkpoint near Mosul in Nineveh.";

    private static readonly Place Mosul = new("gn:99072", "Mosul", PlaceKind.City, "IQ", [], 36.34, 43.12, 1, ["IQ", "IQ-NI"], null, "test");
    private static readonly Place Mosul200KmAway = Mosul with { Id = "x:far", Latitude = 34.5 };
    private static readonly Place Nineveh = new("IQ-NI", "Nineveh", PlaceKind.Admin1, "IQ", [], 35.92, 42.75, 0, ["IQ"], null, "test");

    private static GoldEventSpec Gold(string date = "2025-02-24", params GoldPlace[] places) => new(date, places);

    private static GoldPlace GoldPlaceOf(string mention, double lat, double lon, bool optional = false) =>
        new(mention, mention, "city", "IQ", null, lat, lon, optional);

    private static ExtractedEvent Predicted(string edtf, params (string Mention, Place Place)[] places)
    {
        const int offset = 100; // the sentence sits somewhere inside a body
        var mentions = places.Select(p =>
        {
            var at = offset + Sentence.IndexOf(p.Mention, StringComparison.Ordinal);
            var match = new ToponymMatch(at, at + p.Mention.Length, p.Mention, [p.Place], NameKind.Primary, null);
            return new GeocodedMention(match, p.Place, 0.9, "test", []);
        }).ToList();
        return new ExtractedEvent(offset, offset + Sentence.Length, Sentence, 0, DateInterval.Day(new DateOnly(2025, 2, 24)),
            DatePrecision.Day, DateBasis.Relative, edtf, null, mentions);
    }

    private static EvaluationReport Score(GoldEventSpec gold, params ExtractedEvent[] predicted) =>
        Evaluator.Score([(new GoldArticle("a.txt", "2025-02-25", null, null, [gold.Build()]), predicted)]);

    [Fact]
    public void Score_ExactDateAndNearPlace_AllPerfect()
    {
        var report = Score(Gold(places: GoldPlaceOf("Mosul", 36.34, 43.12)), Predicted("2025-02-24", ("Mosul", Mosul)));

        Assert.Equal((1.0, 1.0, 1.0, 1.0, 1.0), (report.EventRecall, report.DateAccuracy, report.PlaceRecall, report.PlacePrecision, report.AccuracyAt161Km));
        Assert.Empty(report.Misses);
    }

    [Theory]
    [InlineData("2025-02", "2025-02-24")] // too precise is as wrong as too vague
    [InlineData("2025-02-24", "2025-02")]
    [InlineData("2025-02-24", "2025-02-23")]
    public void Score_DateNotEqualAtGoldPrecision_IsAMiss(string gold, string predicted)
    {
        var report = Score(Gold(gold), Predicted(predicted));

        Assert.Equal(1.0, report.EventRecall);
        Assert.Equal(0.0, report.DateAccuracy);
        Assert.Contains(report.Misses, m => m.Problem.Contains(gold, StringComparison.Ordinal));
    }

    [Fact]
    public void Score_NoEventContainingFragment_EventMissed()
    {
        var gold = new GoldEvent("a sentence that is not there", "2025-02-24", "relative", [], null, null);
        var report = Evaluator.Score([(new GoldArticle("a.txt", null, null, null, [gold]), [Predicted("2025-02-24")])]);

        Assert.Equal(0.0, report.EventRecall);
        Assert.Equal("no event for this sentence", Assert.Single(report.Misses).Problem);
    }

    [Fact]
    public void Score_FragmentWithDifferentWhitespace_StillMatches()
    {
        var gold = new GoldEvent("fighters   attacked\na checkpoint", "2025-02-24", "relative", [], null, null);
        var report = Evaluator.Score([(new GoldArticle("a.txt", null, null, null, [gold]), [Predicted("2025-02-24")])]);

        Assert.Equal(1.0, report.EventRecall);
    }

    [Fact]
    public void Score_PlaceBeyond161Km_FoundMentionButWrongPlace()
    {
        var report = Score(Gold(places: GoldPlaceOf("Mosul", 36.34, 43.12)), Predicted("2025-02-24", ("Mosul", Mosul200KmAway)));

        Assert.Equal(0.0, report.PlaceRecall);
        Assert.Equal(0.0, report.AccuracyAt161Km);
        Assert.Equal(0.0, report.PlacePrecision);
    }

    [Fact]
    public void Score_ExtraPredictedPlace_LowersPrecisionOnly()
    {
        var report = Score(Gold(places: GoldPlaceOf("Mosul", 36.34, 43.12)), Predicted("2025-02-24", ("Mosul", Mosul), ("Nineveh", Nineveh)));

        Assert.Equal(1.0, report.PlaceRecall);
        Assert.Equal(0.5, report.PlacePrecision);
    }

    [Fact]
    public void Score_OptionalGoldPlace_NeitherRequiredNorCountedAgainstPrecision()
    {
        var gold = Gold(places: [GoldPlaceOf("Mosul", 36.34, 43.12), GoldPlaceOf("Nineveh", 35.92, 42.75, optional: true)]);

        var withIt = Score(gold, Predicted("2025-02-24", ("Mosul", Mosul), ("Nineveh", Nineveh)));
        var withoutIt = Score(gold, Predicted("2025-02-24", ("Mosul", Mosul)));

        Assert.Equal((1.0, 1.0), (withIt.PlaceRecall, withIt.PlacePrecision));
        Assert.Equal((1.0, 1.0), (withoutIt.PlaceRecall, withoutIt.PlacePrecision));
    }

    [Fact]
    public void Score_AltDate_CountsOnlyForLenientAccuracy()
    {
        var gold = new GoldEvent("fighters attacked", "2025-02-25", "publication", [], ["2025-02-24"], null);
        var report = Evaluator.Score([(new GoldArticle("a.txt", null, null, null, [gold]), [Predicted("2025-02-24")])]);

        Assert.Equal(0.0, report.DateAccuracy);
        Assert.Equal(1.0, report.DateAccuracyLenient);
    }

    [Theory]
    [InlineData(36.34, 43.12, 36.34, 43.12, 0, 0.01)]
    [InlineData(34.73, 36.72, 34.55, 38.30, 146, 2)] // Homs city to the desert of Homs (shared/eval/dev/README.md)
    [InlineData(0, 0, 0, 1, 111.2, 0.2)]
    public void GeoDistance_KnownPairs_MatchesHaversine(double lat1, double lon1, double lat2, double lon2, double km, double tolerance)
    {
        Assert.InRange(GeoDistance.Kilometres(lat1, lon1, lat2, lon2), km - tolerance, km + tolerance);
    }

    private sealed record GoldEventSpec(string Date, IReadOnlyList<GoldPlace> Places)
    {
        public GoldEvent Build() => new("fighters attacked a checkpoint", Date, "relative", Places, null, null);
    }
}
