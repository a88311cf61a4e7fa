using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Data.Queries;

/// <summary>An article with its events and every evidence span (body offsets), for the article view and the API.</summary>
public sealed record ArticleView(
    int Id, string FileName, DateOnly Published, string? Source, string? Title, string Body,
    IReadOnlyList<EventView> Events, IReadOnlyList<SpanView> Spans);

/// <summary>A date expression or place mention in an article body: offsets, text, value (EDTF or place id), how it was decided.</summary>
public sealed record SpanView(SpanKind Kind, int Start, int End, string Text, string Value, string Detail);

public sealed partial class EventQueryService
{
    /// <summary>The article with this id, or null.</summary>
    public ArticleView? Article(int id)
    {
        using var db = createContext();
        var article = db.Articles.AsNoTracking().FirstOrDefault(a => a.Id == id);
        if (article is null)
            return null;
        var events = db.Events.AsNoTracking().Where(e => e.ArticleId == id).OrderBy(e => e.Ordinal)
            .Include(e => e.Places).ToList();
        var spans = db.Spans.AsNoTracking().Where(s => s.ArticleId == id).OrderBy(s => s.Start)
            .Select(s => new SpanView(s.Kind, s.Start, s.End, s.Text, s.Value, s.Detail)).ToList();
        var views = events.Select(e => new EventView(
                e.Id, e.ArticleId, e.DateStart, e.DateEnd, e.Precision, e.Basis, e.Edtf, e.DateText, e.Sentence,
                article.Source, article.Title, article.Published,
                e.Places.OrderBy(p => p.MentionStart).Select(p => ToView(p, e.SentenceStart, e.Sentence.Length)).ToList()))
            .ToList();
        return new ArticleView(article.Id, article.FileName, article.Published, article.Source, article.Title, article.Body, views, spans);
    }
}
