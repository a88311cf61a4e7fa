using Timeline.Core.Time;

namespace Timeline.Data.Entities;

/// <summary>An event: one sentence of an article with its date interval and places.</summary>
public sealed class EventRecord
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public ArticleRecord? Article { get; set; }

    /// <summary>Position of the event within its article (0-based), for stable ordering.</summary>
    public int Ordinal { get; set; }

    public int SentenceStart { get; set; }
    public int SentenceEnd { get; set; }
    public required string Sentence { get; set; }
    public int Paragraph { get; set; }

    public DateOnly DateStart { get; set; }
    public DateOnly DateEnd { get; set; }
    public DatePrecision Precision { get; set; }
    public DateBasis Basis { get; set; }
    public required string Edtf { get; set; }

    /// <summary>The date phrase and its body offsets, when the date came from a phrase (not the publication date).</summary>
    public string? DateText { get; set; }
    public int? DateTextStart { get; set; }
    public int? DateTextEnd { get; set; }
    public string? DateRule { get; set; }

    public List<EventPlaceRecord> Places { get; set; } = [];
}
