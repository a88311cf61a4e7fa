using System.Text;
using Timeline.Core.Articles;

namespace Timeline.Core.Tests.Articles;

/// <summary>HTML page → text and header fields, one line a case.</summary>
public class HtmlArticleTests
{
    private const string P = "<p>Officials said the convoy reached the camp.</p>";
    private const string Text = "Officials said the convoy reached the camp.";

    [Theory]
    [InlineData("<html><body>" + P + "</body></html>", Text)]
    [InlineData("<p>One.</p><p>Two.</p>", "One.\n\nTwo.")]
    [InlineData("<p>One.<br>Two.</p>", "One.\nTwo.")]
    [InlineData("<p>One.<br/>Two.</p>", "One.\nTwo.")]
    [InlineData("<div>One.</div><div><div>Two.</div></div>", "One.\n\nTwo.")]
    [InlineData("<h1>Head</h1><p>Body.</p>", "Head\n\nBody.")]
    [InlineData("<ul><li>One</li><li>Two</li></ul>", "One\n\nTwo")]
    [InlineData("<p>A <b>bold</b> and <a href='x'>linked</a> word.</p>", "A bold and linked word.")]
    [InlineData("<p>Spread\n   over\n\n lines.</p>", "Spread over lines.")]
    [InlineData("<p>Tom &amp; Jerry &lt;3 &quot;q&quot; &#8220;c&#8221; &#x2014; &eacute;</p>", "Tom & Jerry <3 \"q\" “c” — é")]
    [InlineData("<p>no&nbsp;break</p>", "no\u00A0break")]
    [InlineData("<script>var a = '<p>x</p>';</script>" + P, Text)]
    [InlineData("<style>p { color: red; }</style>" + P, Text)]
    [InlineData("<nav><a>Home</a><a>World</a></nav>" + P, Text)]
    [InlineData("<header>Site header</header>" + P + "<footer>© Site</footer>", Text)]
    [InlineData("<aside>Most read</aside>" + P, Text)]
    [InlineData("<noscript>Enable JS</noscript>" + P, Text)]
    [InlineData("<form><input></form>" + P, Text)]
    [InlineData("<figure><img src=x><figcaption>Photo</figcaption></figure>" + P, Text)]
    [InlineData("<!-- <p>hidden</p> -->" + P, Text)]
    [InlineData("<!DOCTYPE html>" + P, Text)]
    [InlineData("<head><title>T</title><meta charset=utf-8></head><body>" + P + "</body>", Text)]
    [InlineData("<P CLASS=x>Upper case tags.</P>", "Upper case tags.")]
    [InlineData("<p>Unclosed paragraph<p>Next", "Unclosed paragraph\n\nNext")]
    [InlineData("<p>Broken <b tag", "Broken")]
    [InlineData("<div>Menu</div><article>" + P + P + P + P + P + "</article><div>Related links</div>", Text + "\n\n" + Text + "\n\n" + Text + "\n\n" + Text + "\n\n" + Text)]
    [InlineData("<div>Menu</div><article><p>Short.</p></article><div>Other.</div>", "Menu\n\nShort.\n\nOther.")]
    public void Extract_Html_GivesText(string html, string expected) =>
        Assert.Equal(expected, HtmlArticleExtractor.Extract(html).Text);

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-12-27T10:00:00Z\">", "2024-12-27T10:00:00Z")]
    [InlineData("<meta name='pubdate' content='2024-12-27'>", "2024-12-27")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2024-12-27\">", "2024-12-27")]
    [InlineData("<script type=\"application/ld+json\">{\"datePublished\": \"2024-12-27T08:00:00+03:00\"}</script>", "2024-12-27T08:00:00+03:00")]
    [InlineData("<p>Body <time datetime=\"2024-12-26\">yesterday</time></p>", "2024-12-26")]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-12-27\"><time datetime=\"2024-12-26\">x</time>", "2024-12-27")]
    [InlineData("<meta property=\"article:modified_time\" content=\"2024-12-28\">", "-")]
    [InlineData("<p>no metadata</p>", "-")]
    public void Extract_Html_FindsPublishedValue(string html, string expected) =>
        Assert.Equal(expected, HtmlArticleExtractor.Extract(html).Published ?? "-");

    [Theory]
    [InlineData("<title>Page title</title>", "Page title", "-")]
    [InlineData("<title>Page title | The Cradle</title><meta property=\"og:site_name\" content=\"The Cradle\">", "Page title", "The Cradle")]
    [InlineData("<meta property=\"og:title\" content=\"OG title\"><title>Page title</title>", "OG title", "-")]
    [InlineData("<meta property=\"og:site_name\" content=\"Levant Wire\"><meta property=\"og:title\" content=\"Car bomb - Levant Wire\">", "Car bomb", "Levant Wire")]
    [InlineData("<title>Tom &amp; Jerry</title>", "Tom & Jerry", "-")]
    [InlineData("<p>none</p>", "-", "-")]
    public void Extract_Html_FindsTitleAndSiteName(string html, string title, string site)
    {
        var page = HtmlArticleExtractor.Extract(html);
        Assert.Equal((title, site), (page.Title ?? "-", page.SiteName ?? "-"));
    }

    [Theory]
    [InlineData("page.html", true)]
    [InlineData("PAGE.HTM", true)]
    [InlineData("page.txt", false)]
    [InlineData("html.txt", false)]
    public void IsHtmlFile_Extension_Decides(string name, bool expected) =>
        Assert.Equal(expected, HtmlArticleExtractor.IsHtmlFile(name));

    [Fact]
    public void Read_HtmlFile_UsesMetadataAndDropsRepeatedTitle()
    {
        const string html = """
            <html><head><title>Car bomb kills four | Levant Wire</title>
            <meta property="og:site_name" content="Levant Wire">
            <meta property="article:published_time" content="2024-11-04T08:00:00Z"></head>
            <body><nav>Home | World</nav><article><h1>Car bomb kills four</h1>
            <p>A car bomb exploded near a crowded market on Sunday night, killing four people, the security forces said.</p>
            <p>Funerals were held on Monday morning, with hundreds of mourners walking behind the coffins.</p>
            </article><footer>Share this</footer></body></html>
            """;
        var article = new ArticleReader().Read("page.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal((new DateOnly(2024, 11, 4), "2024-11-04T08:00:00Z", "Levant Wire", "Car bomb kills four"),
            (article.Published, article.PublishedText, article.Source, article.Title));
        Assert.StartsWith("A car bomb exploded", article.Body);
        Assert.EndsWith("behind the coffins.", article.Body);
        Assert.Equal(2, article.Body.Split("\n\n").Length);
    }

    [Fact]
    public void Read_HtmlWithoutMetadata_ReadsHeaderFromText()
    {
        const string html = "<body><p>Friday, December 27, 2024</p><h1>Iraqi delegation visits Damascus</h1><p>News Desk - The Cradle</p>" +
            "<p>The head of the Iraqi intelligence service led a delegation to Damascus on 26 December for talks.</p></body>";
        var article = new ArticleReader().Read("page.htm", Encoding.UTF8.GetBytes(html));

        Assert.Equal((new DateOnly(2024, 12, 27), "The Cradle", "Iraqi delegation visits Damascus"), (article.Published, article.Source, article.Title));
        Assert.StartsWith("The head of", article.Body);
    }

    [Fact]
    public void Read_HtmlWithNoText_Throws() =>
        Assert.Equal("page.html: the page has no article text",
            Assert.Throws<ArticleFormatException>(() => new ArticleReader().Read("page.html", "<html><script>x</script></html>"u8.ToArray())).Message);
}
