using System.Globalization;
using Timeline.Core.Pipeline;
using Timeline.Data.Entities;

namespace Timeline.Data.Import;

/// <summary>Maps an extraction to the rows that store it.</summary>
internal static class ArticleRecords
{
    public static ArticleRecord From(string fileName, string hash, Extraction extraction)
    {
        var article = extraction.Article;
        var record = new ArticleRecord
        {
            ContentHash = hash,
            FileName = fileName,
            Published = article.Published,
            PublishedText = article.PublishedText,
            Source = article.Source,
            Title = article.Title,
            Body = article.Body,
        };

        for (var i = 0; i < extraction.Events.Count; i++)
        {
            var e = extraction.Events[i];
            var row = new EventRecord
            {
                Ordinal = i,
                SentenceStart = e.SentenceStart,
                SentenceEnd = e.SentenceEnd,
                Sentence = e.Sentence,
                Paragraph = e.Paragraph,
                DateStart = e.Interval.Start,
                DateEnd = e.Interval.End,
                Precision = e.Precision,
                Basis = e.Basis,
                Edtf = e.Edtf,
                DateText = e.DateMention?.Text,
                DateTextStart = e.DateMention?.Start,
                DateTextEnd = e.DateMention?.End,
                DateRule = e.DateMention?.Rule,
            };
            foreach (var p in e.Places)
            {
                row.Places.Add(new EventPlaceRecord
                {
                    PlaceId = p.Place.Id,
                    PlaceName = p.Place.Name,
                    Kind = p.Place.Kind,
                    CountryCode = p.Place.CountryCode,
                    Admin1Id = p.Place.Admin1Id,
                    Latitude = p.Place.Latitude,
                    Longitude = p.Place.Longitude,
                    Mention = p.Match.Text,
                    MentionStart = p.Match.Start,
                    MentionEnd = p.Match.End,
                    Confidence = p.Confidence,
                    Reason = p.Reason,
                });
            }
            record.Events.Add(row);
        }

        foreach (var d in extraction.Dates)
        {
            record.Spans.Add(new SpanRecord
            {
                Kind = SpanKind.Date, Start = d.Start, End = d.End, Text = d.Text,
                Value = d.Edtf, Detail = $"{d.Kind.ToString().ToLowerInvariant()}, {d.Basis.ToString().ToLowerInvariant()}, {d.Rule}",
            });
        }
        foreach (var p in extraction.Places)
        {
            record.Spans.Add(new SpanRecord
            {
                Kind = SpanKind.Place, Start = p.Match.Start, End = p.Match.End, Text = p.Match.Text,
                Value = p.Place.Id,
                Detail = string.Create(CultureInfo.InvariantCulture, $"{p.Place.Name} ({p.Place.Kind.ToString().ToLowerInvariant()}), {p.Confidence:0.00}: {p.Reason}"),
            });
        }
        return record;
    }
}
