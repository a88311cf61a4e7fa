namespace Timeline.Data.Entities;

/// <summary>What an evidence span in an article is.</summary>
public enum SpanKind { Date, Place }

/// <summary>
/// Every date expression and place mention found in an article, with how it was resolved, so the article view can
/// highlight them and say why — including those that did not become part of an event.
/// </summary>
public sealed class SpanRecord
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public ArticleRecord? Article { get; set; }

    public SpanKind Kind { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Text { get; set; }

    /// <summary>EDTF value for dates, place id for places.</summary>
    public required string Value { get; set; }

    /// <summary>How it was decided: the date rule, or the geocoder's reason.</summary>
    public required string Detail { get; set; }
}
