namespace Timeline.Core.Evaluation;

/// <summary>A gold event the extractor missed or got partly wrong, for the user to inspect.</summary>
public sealed record EvaluationMiss(string Article, string Sentence, string Problem);

/// <summary>Scores of an evaluation run (all ratios 0..1; NaN when there is nothing to count).</summary>
public sealed record EvaluationReport(
    int Articles,
    int GoldEvents,
    int MatchedEvents,
    int CorrectDates,
    int CorrectDatesLenient,
    int GoldPlaces,
    int FoundPlaces,
    int MentionsFound,
    int PredictedPlaces,
    int CorrectPredictedPlaces,
    IReadOnlyList<EvaluationMiss> Misses)
{
    public double EventRecall => Ratio(MatchedEvents, GoldEvents);
    public double DateAccuracy => Ratio(CorrectDates, GoldEvents);
    public double DateAccuracyLenient => Ratio(CorrectDatesLenient, GoldEvents);
    public double PlaceRecall => Ratio(FoundPlaces, GoldPlaces);
    public double PlacePrecision => Ratio(CorrectPredictedPlaces, PredictedPlaces);

    /// <summary>Of the gold mentions the extractor found, the share placed within 161 km of the gold point.</summary>
    public double AccuracyAt161Km => Ratio(FoundPlaces, MentionsFound);

    private static double Ratio(int a, int b) => b == 0 ? double.NaN : (double)a / b;
}
