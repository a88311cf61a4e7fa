namespace Timeline.Data.Entities;

/// <summary>One imported article. <see cref="ContentHash"/> makes import idempotent.</summary>
public sealed class ArticleRecord
{
    public int Id { get; set; }

    /// <summary>SHA-256 (hex) of the publication date and the normalised body: the same article under two names is one article.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The file name it was first imported from.</summary>
    public required string FileName { get; set; }

    public DateOnly Published { get; set; }
    public string? PublishedText { get; set; }
    public string? Source { get; set; }
    public string? Title { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset ImportedAt { get; set; }

    public List<EventRecord> Events { get; set; } = [];
    public List<SpanRecord> Spans { get; set; } = [];
}
