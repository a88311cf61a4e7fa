using System.Globalization;
using Microsoft.AspNetCore.Components;
using Timeline.Data.Entities;
using Timeline.Data.Queries;
using Timeline.Web.Articles;
using Timeline.Web.Dashboard;

namespace Timeline.Web.Components.Pages;

/// <summary>
/// One article: its text with every date expression and place highlighted (cut from the stored offsets, rendered as
/// text) and explained in a tooltip, its events linking to the dashboard, and the way back to the same filtered view
/// (the dashboard's query string travels in this page's URL). An unknown or malformed id shows a notice; prerendered,
/// the response is a 404.
/// </summary>
public partial class ArticlePage
{
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private EventQueryService Queries { get; set; } = default!;

    /// <summary>Set while the page is prerendered on the server: the response of an unknown id gets status 404.</summary>
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    /// <summary>The article id from the route; anything that is not a positive number is reported as not found.</summary>
    [Parameter] public string? Id { get; set; }

    private ArticleView? Article { get; set; }
    private IReadOnlyList<ArticleParagraph> Paragraphs { get; set; } = [];

    private string BackHref => ArticleLinks.Dashboard(Navigation.Uri);

    private string Heading => string.IsNullOrWhiteSpace(Article?.Title) ? Article?.FileName ?? "" : Article.Title;

    private string PageTitle => Article is null ? "Article not found — Timeline" : $"{Heading} — Timeline";

    private string NotFoundMessage => int.TryParse(Id, NumberStyles.None, CultureInfo.InvariantCulture, out _)
        ? $"There is no article {Id}. It may have been removed, or the link is wrong."
        : $"'{Id}' is not an article number.";

    private string MetaLine
    {
        get
        {
            var source = string.IsNullOrWhiteSpace(Article!.Source) ? "unknown source" : Article.Source;
            return $"{source} · published {DashboardUrl.Format(Article.Published)} · file {Article.FileName}";
        }
    }

    private string EventsHeading => Article!.Events.Count switch
    {
        0 => "No events in this article",
        1 => "1 event",
        var n => $"{n} events",
    };

    protected override void OnParametersSet()
    {
        Article = int.TryParse(Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? Queries.Article(id) : null;
        Paragraphs = Article is null ? [] : ArticleText.Paragraphs(Article.Body, Article.Spans);
        // Blazor answers a 404 set while rendering with an empty body (for status-code pages to fill in); this page is
        // its own friendly not-found page, so the status is set as the headers go out, after the page has rendered.
        if (Article is null && HttpContext is { Response.HasStarted: false } http)
            http.Response.OnStarting(() =>
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
    }

    private static string EventNote(EventView e) =>
        EventDateText.PrecisionNote(e.Precision) is { } note ? $"{note}; {EventDateText.BasisNote(e)}" : EventDateText.BasisNote(e);

    private static string HighlightClass(SpanView span) => span.Kind == SpanKind.Date ? "article-date" : "article-place";
}
