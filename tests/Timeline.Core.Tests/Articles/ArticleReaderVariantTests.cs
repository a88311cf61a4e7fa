using System.Net;
using System.Text;
using Timeline.Core.Articles;

namespace Timeline.Core.Tests.Articles;

/// <summary>
/// Each gold article rewritten the ways real files differ (line endings, BOM, no blank lines, HTML): the header fields
/// and every gold event sentence come out the same as from the original.
/// </summary>
public class ArticleReaderVariantTests
{
    private static readonly ArticleReader Reader = new();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in GoldArticles.All)
        {
            foreach (var variant in new[] { "crlf", "bom", "single newlines", "trailing spaces", "html" })
                data.Add(entry.Article, variant);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_GoldArticleVariant_SameHeaderAndSentences(string name, string variant)
    {
        var gold = GoldArticles.Get(name);
        var original = File.ReadAllText(GoldArticles.Path(gold));
        var supplied = gold.Published is null ? new DateOnly(2024, 1, 1) : (DateOnly?)null;
        var expected = Reader.Read(name, Encoding.UTF8.GetBytes(original), supplied);

        var (fileName, bytes) = Rewrite(name, original, variant);
        var actual = Reader.Read(fileName, bytes, supplied);

        Assert.Equal((expected.Published, expected.Source, expected.Title), (actual.Published, actual.Source, actual.Title));
        var body = GoldArticles.Squash(actual.Body);
        Assert.All(gold.Sentences, sentence => Assert.Contains(GoldArticles.Squash(sentence), body));
    }

    private static (string FileName, byte[] Bytes) Rewrite(string name, string text, string variant) => variant switch
    {
        "crlf" => (name, Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))),
        "bom" => (name, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]),
        "single newlines" => (name, Encoding.UTF8.GetBytes(text.Replace("\n\n", "\n"))),
        "trailing spaces" => (name, Encoding.UTF8.GetBytes(text.Replace("\n", "  \n"))),
        "html" => (Path.ChangeExtension(name, ".html"), Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><nav><a href=\"/\">Home</a></nav>" +
            string.Concat(text.Split("\n\n").Select(p => "<p>" + WebUtility.HtmlEncode(p.Trim()) + "</p>\n")) +
            "<footer>Share this</footer></body></html>")),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };
}
