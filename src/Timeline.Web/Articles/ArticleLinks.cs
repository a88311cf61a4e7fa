using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Timeline.Web.Articles;

/// <summary>
/// Links between the dashboard and the article view that carry the dashboard's query string along, so that "back to
/// the timeline" returns to the same filtered view: <c>/?place=SY-HA</c> → <c>/articles/12?place=SY-HA</c> → back to
/// <c>/?place=SY-HA</c>. The query is carried as it is (the dashboard validates it when it reads it); links are always
/// paths on this site.
/// </summary>
public static class ArticleLinks
{
    /// <summary>The dashboard's parameter that selects an event.</summary>
    public const string EventKey = "event";

    /// <summary>The article view of <paramref name="articleId"/>, carrying the query of <paramref name="currentUri"/>.</summary>
    public static string Article(int articleId, string? currentUri) => $"/articles/{articleId}{Query(currentUri)}";

    /// <summary>The dashboard with the query of <paramref name="currentUri"/> (the article view's URL).</summary>
    public static string Dashboard(string? currentUri) => "/" + Query(currentUri);

    /// <summary>The dashboard with the carried query and <c>event=<paramref name="eventId"/></c> (replacing any other).</summary>
    public static string Event(int eventId, string? currentUri)
    {
        var query = QueryHelpers.ParseQuery(Query(currentUri))
            .Where(p => p.Key != EventKey)
            .Append(new KeyValuePair<string, StringValues>(EventKey, eventId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/" + QueryString.Create(query);
    }

    /// <summary>The query part (<c>?…</c>) of a URL, or empty.</summary>
    private static string Query(string? uri)
    {
        if (string.IsNullOrEmpty(uri))
            return "";
        var mark = uri.IndexOf('?', StringComparison.Ordinal);
        if (mark < 0)
            return "";
        var hash = uri.IndexOf('#', mark);
        var query = hash < 0 ? uri[mark..] : uri[mark..hash];
        return query.Length > 1 ? query : "";
    }
}
