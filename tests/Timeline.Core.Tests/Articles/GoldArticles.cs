using System.Text.Json;
using System.Text.RegularExpressions;

namespace Timeline.Core.Tests.Articles;

/// <summary>The gold files (../shared/eval): one entry per article with its folder, header fields and event sentences.</summary>
public static partial class GoldArticles
{
    public sealed record Entry(string Folder, string Article, string? Published, string? Source, string? Title, IReadOnlyList<string> Sentences);

    public static IReadOnlyList<Entry> All { get; } =
    [
        .. Load(TestPaths.SharedFile("eval", "seeds.gold.json"), TestPaths.SharedFile("seeds")),
        .. Load(TestPaths.SharedFile("eval", "dev", "gold.json"), TestPaths.SharedFile("eval", "dev")),
    ];

    /// <summary>Article file names, for [MemberData].</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var entry in All)
            data.Add(entry.Article);
        return data;
    }

    public static Entry Get(string article) => All.Single(e => e.Article == article);

    public static string Path(Entry entry) => System.IO.Path.Combine(entry.Folder, entry.Article);

    /// <summary>Collapses every run of whitespace (non-breaking spaces included) to one space.</summary>
    public static string Squash(string text) => WhitespaceRegex().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex WhitespaceRegex();

    private static IEnumerable<Entry> Load(string goldFile, string folder)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(goldFile));
        foreach (var article in document.RootElement.EnumerateArray())
        {
            yield return new Entry(
                folder,
                article.GetProperty("article").GetString()!,
                Optional(article, "published"),
                Optional(article, "source"),
                Optional(article, "title"),
                [.. article.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("sentence").GetString()!)]);
        }
    }

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
