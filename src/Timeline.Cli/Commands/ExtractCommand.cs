using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Core.Articles;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Data.Import;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline extract PATH... [--json] [--published DATE]</c>: events with evidence, without storing them.</summary>
internal static class ExtractCommand
{
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files or folders.", Arity = ArgumentArity.OneOrMore };
        var json = CommonOptions.Json();
        var published = PublishedOption.Create();
        var data = CommonOptions.Data();
        var command = new Command("extract", "Print the events of articles: dates, precision, basis, places and evidence spans.")
        {
            paths, json, published, data,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(json), PublishedOption.Parse(parse.GetValue(published)),
            CommonOptions.ResolveDataPath(parse.GetValue(data))));
        return command;
    }

    private static int Run(string[] paths, bool json, DateOnly? published, string dataPath)
    {
        var files = ArticleFiles.Expand(paths, []);
        var pipeline = CliServices.Pipeline(dataPath);
        var failed = 0;
        foreach (var file in files)
        {
            Extraction extraction;
            try
            {
                var article = pipeline.Read(Path.GetFileName(file), ArticleReader.ReadBytes(file), published);
                extraction = pipeline.Extract(article);
            }
            catch (Exception e) when (e is ArticleFormatException or IOException or UnauthorizedAccessException)
            {
                failed++;
                Console.Error.WriteLine($"failed: {e.Message}");
                continue;
            }
            if (json)
                Console.WriteLine(JsonSerializer.Serialize(ExtractionJson.From(Path.GetFileName(file), extraction), JsonOptions));
            else
                PrintText(file, extraction);
        }
        return failed > 0 ? 1 : 0;
    }

    private static void PrintText(string file, Extraction x)
    {
        var a = x.Article;
        Console.WriteLine($"{file}: published {a.Published:yyyy-MM-dd}, source {a.Source ?? "-"}, title {a.Title ?? "-"}; {x.Events.Count} events");
        foreach (var e in x.Events)
        {
            var why = e.DateMention is null ? "publication date" : $"{e.Basis.ToString().ToLowerInvariant()}: \"{e.DateMention.Text}\", {e.DateMention.Rule}";
            Console.WriteLine($"  {e.Edtf,-10} {e.Precision.ToString().ToLowerInvariant(),-6} ({why})");
            Console.WriteLine($"    {e.Sentence}");
            foreach (var p in e.Places)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    @ {p.Match.Text} → {p.Place.Name} [{p.Place.Id}, {p.Place.Kind.ToString().ToLowerInvariant()}] {p.Confidence:0.00} {p.Reason}"));
        }
    }
}

/// <summary>The JSON shape of <c>timeline extract --json</c> (one object per article per line).</summary>
internal sealed record ExtractionJson(string File, string Published, string? Source, string? Title, IReadOnlyList<EventJson> Events)
{
    public static ExtractionJson From(string file, Extraction x) => new(
        file, x.Article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), x.Article.Source, x.Article.Title,
        x.Events.Select(EventJson.From).ToList());
}

internal sealed record EventJson(
    string Sentence, int Start, int End, string Date, string DateStart, string DateEnd, string Precision, string Basis,
    string? DateText, IReadOnlyList<PlaceJson> Places)
{
    public static EventJson From(ExtractedEvent e) => new(
        e.Sentence, e.SentenceStart, e.SentenceEnd, e.Edtf,
        e.Interval.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Interval.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.Precision.ToString().ToLowerInvariant(), e.Basis.ToString().ToLowerInvariant(), e.DateMention?.Text,
        e.Places.Select(p => new PlaceJson(p.Match.Text, p.Match.Start, p.Match.End, p.Place.Id, p.Place.Name,
            p.Place.Kind.ToString().ToLowerInvariant(), p.Place.CountryCode, p.Place.Admin1Id,
            Math.Round(p.Place.Latitude, 5), Math.Round(p.Place.Longitude, 5), Math.Round(p.Confidence, 3), p.Reason)).ToList());
}

internal sealed record PlaceJson(
    string Mention, int Start, int End, string Id, string Name, string Kind, string? Country, string? Admin1,
    double Lat, double Lon, double Confidence, string Reason);
