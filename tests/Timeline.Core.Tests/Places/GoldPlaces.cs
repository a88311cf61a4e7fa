using System.Text.Json;
using System.Text.RegularExpressions;

namespace Timeline.Core.Tests.Places;

/// <summary>One labelled place of the gold files, with the article it is in and the span of its sentence.</summary>
public sealed record GoldPlace(string Article, string Text, int SentenceStart, int SentenceEnd, string Mention, double Lat, double Lon, bool Optional)
{
    public override string ToString() => $"{Article}: {Mention}";
}

/// <summary>Reads ../shared/eval/dev/gold.json and ../shared/eval/seeds.gold.json (the format of ../shared/eval/README.md).</summary>
public static partial class GoldPlaces
{
    public static IReadOnlyList<GoldPlace> All { get; } = Load();

    private static List<GoldPlace> Load()
    {
        var result = new List<GoldPlace>();
        Read(TestPaths.SharedFile("eval", "dev", "gold.json"), TestPaths.SharedFile("eval", "dev"), result);
        Read(TestPaths.SharedFile("eval", "seeds.gold.json"), TestPaths.SharedFile("seeds"), result);
        return result;
    }

    private static void Read(string goldFile, string articles, List<GoldPlace> result)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(goldFile));
        foreach (var article in doc.RootElement.EnumerateArray())
        {
            var name = article.GetProperty("article").GetString()!;
            var text = File.ReadAllText(Path.Combine(articles, name));
            foreach (var e in article.GetProperty("events").EnumerateArray())
            {
                var (start, end) = Locate(text, e.GetProperty("sentence").GetString()!);
                foreach (var p in e.GetProperty("places").EnumerateArray())
                {
                    result.Add(new GoldPlace(name, text, start, end, p.GetProperty("mention").GetString()!,
                        p.GetProperty("lat").GetDouble(), p.GetProperty("lon").GetDouble(),
                        p.TryGetProperty("optional", out var o) && o.GetBoolean()));
                }
            }
        }
    }

    /// <summary>The span of a whitespace-normalised fragment in the original text.</summary>
    private static (int Start, int End) Locate(string text, string fragment)
    {
        var words = fragment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var match = Regex.Match(text, string.Join(@"\s+", words));
        if (!match.Success)
            throw new InvalidDataException($"gold sentence not found: {fragment}");
        // The fragment is part of a sentence; widen it to the whole sentence (to ". ", "? ", "! " or a line break).
        var start = match.Index;
        while (start > 0 && text[start - 1] != '\n' && !(start >= 2 && text[start - 1] == ' ' && text[start - 2] is '.' or '?' or '!'))
            start--;
        var end = match.Index + match.Length;
        while (end < text.Length && text[end] != '\n' && !(text[end] is '.' or '?' or '!' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))))
            end++;
        return (start, end);
    }
}
