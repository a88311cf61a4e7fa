using Timeline.Core.Articles;

namespace Timeline.Core.Tests.Articles;

/// <summary>Every gold article (seeds and dev set) read from ../shared: header fields and event sentences as in the gold.</summary>
public class ArticleReaderGoldTests
{
    private static readonly ArticleReader Reader = new();

    public static TheoryData<string> Articles => GoldArticles.Names();

    [Theory]
    [MemberData(nameof(Articles))]
    public void Read_GoldArticle_HeaderFieldsMatchGold(string name)
    {
        var gold = GoldArticles.Get(name);
        var supplied = gold.Published is null ? new DateOnly(2024, 1, 1) : (DateOnly?)null;
        var article = Reader.Read(name, File.ReadAllBytes(GoldArticles.Path(gold)), supplied);

        if (gold.Published is not null)
            Assert.Equal(gold.Published, article.Published.ToString("yyyy-MM-dd"));
        Assert.Equal(gold.Source, article.Source);
        Assert.Equal(gold.Title, article.Title);
        Assert.Empty(article.Warnings);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Read_GoldArticle_BodyHoldsEveryEventSentence(string name)
    {
        var gold = GoldArticles.Get(name);
        var article = Reader.Read(name, File.ReadAllBytes(GoldArticles.Path(gold)), new DateOnly(2024, 1, 1));
        var body = GoldArticles.Squash(article.Body);

        Assert.All(gold.Sentences, sentence => Assert.Contains(GoldArticles.Squash(sentence), body));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Read_GoldArticle_BodyHasNoHeaderOrBoilerplateLines(string name)
    {
        var gold = GoldArticles.Get(name);
        var article = Reader.Read(name, File.ReadAllBytes(GoldArticles.Path(gold)), new DateOnly(2024, 1, 1));
        var paragraphs = article.Body.Split("\n\n");

        Assert.DoesNotContain(paragraphs, p => Boilerplate.IsBoilerplate(p));
        Assert.DoesNotContain(paragraphs, p => p.Trim().Length == 0);
        if (article.Title is not null)
            Assert.DoesNotContain(article.Title, paragraphs);
        if (article.PublishedText is not null)
            Assert.DoesNotContain(article.PublishedText, article.Body);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Read_GoldArticleWithoutDate_ThrowsNamingFileUnlessSupplied(string name)
    {
        var gold = GoldArticles.Get(name);
        var bytes = File.ReadAllBytes(GoldArticles.Path(gold));
        if (gold.Published is not null)
            return;

        var error = Assert.Throws<ArticleFormatException>(() => Reader.Read(name, bytes));
        Assert.Equal($"{name}: no publication date found in the first lines; pass --published YYYY-MM-DD", error.Message);
        Assert.Equal(new DateOnly(2025, 3, 1), Reader.Read(name, bytes, new DateOnly(2025, 3, 1)).Published);
    }
}
