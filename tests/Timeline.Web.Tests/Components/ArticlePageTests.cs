using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Data;
using Timeline.Data.Entities;
using Timeline.Web.Components.Pages;
using Timeline.Web.Tests.Support;

namespace Timeline.Web.Tests.Components;

/// <summary>The article view on the test world's store, with evidence spans added to the Al-Hasakah article (id 1).</summary>
public sealed class ArticlePageTests : ComponentTest
{
    public ArticlePageTests() => AddSpans(UseTestStore().Store);

    private static void AddSpans(TimelineStore store)
    {
        using var db = store.CreateContext();
        var article = db.Articles.Single(a => a.FileName == "hasakah.txt");
        SpanRecord Span(SpanKind kind, string text, string value, string detail)
        {
            var start = article.Body.IndexOf(text, StringComparison.Ordinal);
            return new SpanRecord { ArticleId = article.Id, Kind = kind, Start = start, End = start + text.Length, Text = text, Value = value, Detail = detail };
        }
        db.Spans.AddRange(
            Span(SpanKind.Place, "Al-Hol camp", TestWorld.AlHol, "Al-Hol camp (camp), 0.95: only candidate"),
            Span(SpanKind.Date, "on Monday", "2025-02-24", "date, relative, weekday-past"),
            Span(SpanKind.Place, "Al-Hasakah", TestWorld.Hasakah, "Al-Hasakah (admin1), 0.90: governorate name"),
            Span(SpanKind.Date, "last month", "2025-01", "date, relative, last-month"));
        db.SaveChanges();
    }

    private IRenderedComponent<ArticlePage> Open(string url)
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        var id = new Uri(new Uri("http://localhost"), url).AbsolutePath.Split('/').Last();
        return Context.Render<ArticlePage>(p => p.Add(c => c.Id, id));
    }

    private static string Link(IRenderedComponent<ArticlePage> cut, string text) =>
        cut.FindAll("a").Single(a => a.TextContent.Trim() == text).GetAttribute("href")!;

    [Fact]
    public void ArticlePage_KnownId_ShowsTitleSourceAndDate()
    {
        var cut = Open("/articles/1");

        Assert.Equal("hasakah.txt", cut.Find("h1").TextContent);
        Assert.Contains("News Desk - The Cradle · published 2025-02-25", cut.Find(".article-meta").TextContent);
        Assert.Equal("Hundreds of families left Al-Hol camp on Monday. Fighting spread across Al-Hasakah last month.",
            cut.Find("section[aria-label='Article text'] p").TextContent);
    }

    [Fact]
    public void ArticlePage_Spans_AreHighlightedInTwoStylesWithExplanations()
    {
        var cut = Open("/articles/1");

        var text = cut.Find("section[aria-label='Article text']");
        Assert.Equal(["on Monday", "last month"], text.QuerySelectorAll("mark.article-date").Select(m => m.TextContent));
        Assert.Equal(["Al-Hol camp", "Al-Hasakah"], text.QuerySelectorAll("mark.article-place").Select(m => m.TextContent));
        Assert.Equal("Date 'on Monday': 2025-02-24 (EDTF), day precision; relative, rule weekday-past",
            text.QuerySelectorAll("mark.article-date")[0].GetAttribute("title"));
        Assert.Equal("Place 'Al-Hasakah': Al-Hasakah (admin1), 0.90: governorate name; id SY-HA",
            text.QuerySelectorAll("mark.article-place")[1].GetAttribute("title"));
    }

    [Fact]
    public void ArticlePage_DashboardQuery_IsKeptByBackAndEventLinks()
    {
        var cut = Open("/articles/1?place=SY-HA&from=2025-01-01");

        Assert.Equal("/?place=SY-HA&from=2025-01-01", Link(cut, "← Back to the timeline"));
        var events = cut.Find("section[aria-labelledby='article-events-heading']");
        Assert.Equal("2 events", events.QuerySelector("h2")!.TextContent);
        var hrefs = events.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(2, hrefs.Count);
        Assert.All(hrefs, h => Assert.Matches(@"^/\?place=SY-HA&from=2025-01-01&event=\d+$", h));
        Assert.Contains("'on Monday', relative to publication (25 Feb 2025)", events.TextContent);
    }

    [Theory]
    [InlineData("/articles/999", "There is no article 999.")]
    [InlineData("/articles/abc", "'abc' is not an article number.")]
    [InlineData("/articles/-1", "'-1' is not an article number.")]
    public void ArticlePage_UnknownOrMalformedId_ShowsNotFoundNotice(string url, string message)
    {
        var cut = Open(url + "?q=camp");

        Assert.Equal("Article not found", cut.Find("h1").TextContent);
        Assert.Contains(message, cut.Find("[role='alert']").TextContent);
        Assert.Equal("/?q=camp", Link(cut, "← Back to the timeline"));
    }

    [Fact]
    public void ArticlePage_MarkupInText_IsRenderedAsText()
    {
        var cut = Open("/articles/2");

        var text = cut.Find("section[aria-label='Article text']");
        Assert.Empty(text.QuerySelectorAll("script"));
        Assert.Contains("continued <script>alert(1)</script> into the night.", text.TextContent);
    }
}
