using System.Data.Common;
using Timeline.Core.Places;
using Timeline.Data.Entities;
using Timeline.Data.Hierarchy;
using Timeline.Data.Summaries;

namespace Timeline.Data.Import;

/// <summary>
/// Writes whole articles (article row, events, event places, spans; with a gazetteer also the hierarchy rows and the
/// summaries) with prepared statements inside the caller's transaction; call <see cref="Complete"/> before the commit. EF Core's change tracker costs more than the extraction itself at import volumes; the schema and
/// every read stay with EF, only this bulk write path is hand-written. Column names follow the EF model. Article and
/// event ids are given in memory from the largest stored ones: the transaction holds the write lock from its start
/// (<c>BEGIN IMMEDIATE</c>), so no other writer can take them, and no row has to be read back.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private readonly PreparedStatement _article;
    private readonly PreparedStatement _event;
    private readonly RowBuffer _place;
    private readonly RowBuffer _span;
    private int _nextArticle;
    private int _nextEvent;
    private readonly AncestorWriter? _ancestors;
    private readonly SummaryWriter? _summaries;

    /// <summary>Called after each event row, before the transaction commits (a test seam to simulate a crash).</summary>
    public Action? AfterEventRow { get; init; }

    /// <param name="gazetteer">When given, the <c>place_ancestors</c> rows of new places, the <c>event_ancestors</c> rows
    /// of the events and the summaries (<c>area_counts</c>, <c>date_counts</c>) are written too.</param>
    /// <param name="ancestry">Place ancestries shared by the writers of one import.</param>
    public ArticleWriter(DbConnection connection, DbTransaction transaction, Gazetteer? gazetteer = null, AncestryCache? ancestry = null)
    {
        _ancestors = gazetteer is null ? null : new AncestorWriter(connection, gazetteer, ancestry);
        _summaries = gazetteer is null ? null : new SummaryWriter(connection);
        _article = new PreparedStatement(connection,
            "INSERT INTO articles (Id, ContentHash, FileName, Published, PublishedText, Source, Title, Body, ImportedAt) " +
            "VALUES ($id, $hash, $file, $published, $publishedText, $source, $title, $body, $imported)");
        _event = new PreparedStatement(connection,
            "INSERT INTO events (Id, ArticleId, Ordinal, SentenceStart, SentenceEnd, Sentence, Paragraph, DateStart, DateEnd, " +
            "Precision, Basis, Edtf, DateText, DateTextStart, DateTextEnd, DateRule) VALUES ($id, $article, $ordinal, $start, $end, " +
            "$sentence, $paragraph, $dateStart, $dateEnd, $precision, $basis, $edtf, $dateText, $dateTextStart, $dateTextEnd, $rule)");
        _nextArticle = NextId(connection, transaction, "articles");
        _nextEvent = NextId(connection, transaction, "events");
        _place = new RowBuffer(connection, "INSERT INTO event_places (EventId, PlaceId, PlaceName, Kind, CountryCode, Admin1Id, " +
            "Latitude, Longitude, Mention, MentionStart, MentionEnd, Confidence, Reason)", 13);
        _span = new RowBuffer(connection, "INSERT INTO spans (ArticleId, Kind, Start, End, Text, Value, Detail)", 7);
    }

    public void Write(ArticleRecord a)
    {
        a.Id = _nextArticle++;
        _article.Run(a.Id, a.ContentHash, a.FileName, a.Published, a.PublishedText, a.Source, a.Title, a.Body, a.ImportedAt);
        foreach (var e in a.Events)
        {
            e.ArticleId = a.Id;
            e.Id = _nextEvent++;
            _event.Run(e.Id, a.Id, e.Ordinal, e.SentenceStart, e.SentenceEnd, e.Sentence, e.Paragraph, e.DateStart,
                e.DateEnd, e.Precision.ToString(), e.Basis.ToString(), e.Edtf, e.DateText, e.DateTextStart, e.DateTextEnd, e.DateRule);
            foreach (var p in e.Places)
            {
                p.EventId = e.Id;
                _place.Add(e.Id, p.PlaceId, p.PlaceName, p.Kind.ToString(), p.CountryCode, p.Admin1Id, p.Latitude, p.Longitude,
                    p.Mention, p.MentionStart, p.MentionEnd, p.Confidence, p.Reason);
                _ancestors?.Add(p.PlaceId, p.Kind, p.Admin1Id, p.CountryCode, p.Latitude, p.Longitude);
            }
            if (_ancestors is not null && _summaries is not null)
            {
                var ancestors = _ancestors.AddEvent(e.Id, e.DateStart, e.Places.Select(p => p.PlaceId));
                _summaries.Add(e.DateStart, e.DateEnd, a.Source, ancestors, e.Places.Select(p => (p.PlaceId, p.Kind)));
            }
            AfterEventRow?.Invoke();
        }
        foreach (var s in a.Spans)
        {
            s.ArticleId = a.Id;
            _span.Add(a.Id, s.Kind.ToString(), s.Start, s.End, s.Text, s.Value, s.Detail);
        }
    }

    private static int NextId(DbConnection connection, DbTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COALESCE(MAX(Id), 0) + 1 FROM {table}";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Writes what is gathered per transaction (buffered rows, the summaries); call once before the commit.</summary>
    public void Complete()
    {
        _place.Flush();
        _span.Flush();
        _ancestors?.Flush();
        _summaries?.Flush();
    }

    /// <summary>Call after the commit: later writers sharing the <see cref="AncestryCache"/> skip the places written.</summary>
    public void Committed() => _ancestors?.Committed();

    public void Dispose()
    {
        _summaries?.Dispose();
        _article.Dispose();
        _event.Dispose();
        _place.Dispose();
        _span.Dispose();
        _ancestors?.Dispose();
    }
}
