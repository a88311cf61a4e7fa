using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Timeline.Core.Articles;
using Timeline.Core.Evaluation;
using Timeline.Core.Events;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline eval --articles DIR --gold FILE [--json]</c> (or <c>timeline eval DIR FILE</c>).</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var positional = new Argument<string[]>("DIR FILE") { Description = "Articles folder and gold file (instead of the options).", Arity = new ArgumentArity(0, 2) };
        var articles = new Option<DirectoryInfo?>("--articles") { Description = "Folder with the article texts named in the gold file." };
        var gold = new Option<FileInfo?>("--gold") { Description = "Gold file (format: shared/eval/README.md)." };
        var json = CommonOptions.Json();
        var data = CommonOptions.Data();
        var command = new Command("eval", "Score the extractor against a gold file: event recall, date accuracy, place precision/recall, accuracy@161km.")
        {
            positional, articles, gold, json, data,
        };
        command.SetAction(parse =>
        {
            var rest = parse.GetValue(positional) ?? [];
            var dir = parse.GetValue(articles)?.FullName ?? (rest.Length > 0 ? rest[0] : null) ?? throw new UserError("--articles: the articles folder is required");
            var goldFile = parse.GetValue(gold)?.FullName ?? (rest.Length > 1 ? rest[1] : null) ?? throw new UserError("--gold: the gold file is required");
            return Run(dir, goldFile, parse.GetValue(json), CommonOptions.ResolveDataPath(parse.GetValue(data)));
        });
        return command;
    }

    private static int Run(string articlesDir, string goldPath, bool json, string dataPath)
    {
        if (!Directory.Exists(articlesDir))
            throw new UserError($"--articles: folder '{articlesDir}' does not exist");
        if (!File.Exists(goldPath))
            throw new UserError($"--gold: file '{goldPath}' does not exist");
        IReadOnlyList<GoldArticle> gold;
        try
        {
            gold = GoldFile.Load(goldPath);
        }
        catch (InvalidDataException e)
        {
            throw new UserError(e.Message);
        }

        var pipeline = CliServices.Pipeline(dataPath);
        var scored = new List<(GoldArticle, IReadOnlyList<ExtractedEvent>)>();
        var errors = 0;
        foreach (var article in gold)
        {
            var path = Path.Combine(articlesDir, article.Article);
            DateOnly? published = article.Published is null ? null : DateOnly.ParseExact(article.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            try
            {
                var read = pipeline.Read(article.Article, ArticleReader.ReadBytes(path));
                if (published is not null && read.Published != published)
                    Console.Error.WriteLine($"note: {article.Article}: publication date read as {read.Published:yyyy-MM-dd}, gold says {article.Published}");
                scored.Add((article, pipeline.Extract(read).Events));
            }
            catch (Exception e) when (e is ArticleFormatException or IOException)
            {
                if (article.Published is null && article.Events.Count == 0)
                {
                    Console.Error.WriteLine($"ok: {e.Message} (gold has no publication date: the rejection is expected)");
                    continue;
                }
                errors++;
                Console.Error.WriteLine($"failed: {e.Message}");
                scored.Add((article, []));
            }
        }

        var report = Evaluator.Score(scored);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                articles = report.Articles, gold_events = report.GoldEvents, event_recall = Num(report.EventRecall),
                date_accuracy = Num(report.DateAccuracy), date_accuracy_lenient = Num(report.DateAccuracyLenient),
                place_precision = Num(report.PlacePrecision), place_recall = Num(report.PlaceRecall),
                accuracy_161km = Num(report.AccuracyAt161Km),
                misses = report.Misses.Select(m => new { article = m.Article, sentence = m.Sentence, problem = m.Problem }),
            }, ExtractCommand.JsonOptions));
        }
        else
        {
            Console.WriteLine($"articles          {report.Articles}");
            Console.WriteLine($"event recall      {Pct(report.EventRecall)}  ({report.MatchedEvents}/{report.GoldEvents})");
            Console.WriteLine($"date accuracy     {Pct(report.DateAccuracy)}  ({report.CorrectDates}/{report.GoldEvents}; lenient {Pct(report.DateAccuracyLenient)})");
            Console.WriteLine($"place precision   {Pct(report.PlacePrecision)}  ({report.CorrectPredictedPlaces}/{report.PredictedPlaces})");
            Console.WriteLine($"place recall      {Pct(report.PlaceRecall)}  ({report.FoundPlaces}/{report.GoldPlaces})");
            Console.WriteLine($"accuracy@161km    {Pct(report.AccuracyAt161Km)}  ({report.FoundPlaces}/{report.MentionsFound})");
            foreach (var miss in report.Misses)
                Console.WriteLine($"miss: {miss.Article}: \"{miss.Sentence}\": {miss.Problem}");
        }
        return errors > 0 ? 1 : 0;
    }

    private static double? Num(double v) => double.IsNaN(v) ? null : Math.Round(v, 4);

    private static string Pct(double v) => double.IsNaN(v) ? "  n/a" : (v * 100).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(5) + "%";
}
