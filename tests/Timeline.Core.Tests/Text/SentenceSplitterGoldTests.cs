using Timeline.Core.Articles;
using Timeline.Core.Tests.Articles;
using Timeline.Core.Text;

namespace Timeline.Core.Tests.Text;

/// <summary>Every gold event sentence falls inside exactly one split sentence; offsets and paragraphs agree with the body.</summary>
public class SentenceSplitterGoldTests
{
    private static readonly ArticleReader Reader = new();
    private static readonly SentenceSplitter Splitter = new();

    public static TheoryData<string> Articles => GoldArticles.Names();

    [Theory]
    [MemberData(nameof(Articles))]
    public void Split_GoldArticle_EachEventSentenceInExactlyOneSentence(string name)
    {
        var gold = GoldArticles.Get(name);
        var article = Reader.Read(name, File.ReadAllBytes(GoldArticles.Path(gold)), new DateOnly(2024, 1, 1));
        var sentences = Splitter.Split(article.Body).Select(s => GoldArticles.Squash(s.Text)).ToList();

        Assert.All(gold.Sentences, fragment =>
            Assert.Single(sentences, s => s.Contains(GoldArticles.Squash(fragment), StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Split_GoldArticle_OffsetsAndParagraphsMatchBody(string name)
    {
        var gold = GoldArticles.Get(name);
        var body = Reader.Read(name, File.ReadAllBytes(GoldArticles.Path(gold)), new DateOnly(2024, 1, 1)).Body;
        var sentences = Splitter.Split(body);
        var paragraphs = body.Split("\n\n");

        Assert.All(sentences, s => Assert.Equal(body[s.Start..s.End], s.Text));
        Assert.All(sentences, s => Assert.Contains(s.Text, paragraphs[s.Paragraph]));
        Assert.Equal(paragraphs.Length - 1, sentences[^1].Paragraph);
    }
}
