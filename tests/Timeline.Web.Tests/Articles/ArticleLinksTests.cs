using Timeline.Web.Articles;

namespace Timeline.Web.Tests.Articles;

public class ArticleLinksTests
{
    [Theory]
    [InlineData("http://localhost/", "/articles/7")]
    [InlineData("http://localhost/?place=SY-HA&from=2024-12-01", "/articles/7?place=SY-HA&from=2024-12-01")]
    [InlineData("http://localhost/?q=camp#top", "/articles/7?q=camp")]
    [InlineData("http://localhost/?", "/articles/7")]
    public void Article_DashboardUrl_CarriesItsQuery(string dashboard, string expected) =>
        Assert.Equal(expected, ArticleLinks.Article(7, dashboard));

    [Theory]
    [InlineData("http://localhost/articles/7", "/")]
    [InlineData("http://localhost/articles/7?place=SY-HA&q=camp", "/?place=SY-HA&q=camp")]
    public void Dashboard_ArticleUrl_ReturnsToTheSameView(string article, string expected) =>
        Assert.Equal(expected, ArticleLinks.Dashboard(article));

    [Theory]
    [InlineData("http://localhost/articles/7", "/?event=42")]
    [InlineData("http://localhost/articles/7?place=SY-HA", "/?place=SY-HA&event=42")]
    [InlineData("http://localhost/articles/7?event=3&q=a%20b", "/?q=a%20b&event=42")]
    public void Event_ArticleUrl_SelectsTheEventInTheSameView(string article, string expected) =>
        Assert.Equal(expected, ArticleLinks.Event(42, article));
}
